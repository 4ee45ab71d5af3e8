package com.partnershipbot.env;

/** A setting is missing or malformed; the message names the variable and says how to fix it. */
public final class SettingsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SettingsException(String message) {
    super(message);
  }
}
