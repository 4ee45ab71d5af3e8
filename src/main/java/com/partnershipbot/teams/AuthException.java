package com.partnershipbot.teams;

/** A request Microsoft did not sign for this bot: 401 (no valid token) or 403 (a valid token, not for this). */
final class AuthException extends Exception {
  private static final long serialVersionUID = 1L;
  private final int status;

  private AuthException(int status, String message) {
    super(message);
    this.status = status;
  }

  static AuthException unauthorized(String reason) {
    return new AuthException(401, reason);
  }

  static AuthException forbidden(String reason) {
    return new AuthException(403, reason);
  }

  int status() {
    return status;
  }
}
