package com.partnershipbot.teams;

/** A request body that is not a Bot Framework activity; the message says what is wrong. */
final class MalformedActivityException extends Exception {
  private static final long serialVersionUID = 1L;

  MalformedActivityException(String message) {
    super(message);
  }
}
