package com.partnershipbot.teams;

/** Microsoft's OpenID metadata or key set could not be read, so no token can be checked right now. */
final class KeysUnavailableException extends Exception {
  private static final long serialVersionUID = 1L;

  KeysUnavailableException(String message) {
    super(message);
  }
}
