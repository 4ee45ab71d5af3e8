package com.partnershipbot.slack;

import java.time.Duration;

/** Slack answered 429: try again after {@link #retryAfter()}. */
final class RateLimitedException extends Exception {
  private static final long serialVersionUID = 1L;
  private final Duration retryAfter;

  RateLimitedException(String what, Duration retryAfter) {
    super(what + " was rate limited (retry after " + retryAfter.toSeconds() + " s)");
    this.retryAfter = retryAfter;
  }

  Duration retryAfter() {
    return retryAfter;
  }

  /** Reads a Retry-After header (whole seconds); a missing or odd value means one second. */
  static Duration parseRetryAfter(String header) {
    try {
      long seconds = header == null ? 1 : Long.parseLong(header.strip());
      return Duration.ofSeconds(Math.max(1, seconds));
    } catch (NumberFormatException e) {
      return Duration.ofSeconds(1);
    }
  }
}
