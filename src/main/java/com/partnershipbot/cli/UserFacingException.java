package com.partnershipbot.cli;

/** A failure whose message is written for the person at the terminal. */
public class UserFacingException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  public UserFacingException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
