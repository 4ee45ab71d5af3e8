package com.partnershipbot.teams;

/** A call to Microsoft (login or the Bot Connector) failed; the message says which and why, never a secret. */
final class TeamsCallException extends Exception {
  private static final long serialVersionUID = 1L;

  TeamsCallException(String message) {
    super(message);
  }
}
