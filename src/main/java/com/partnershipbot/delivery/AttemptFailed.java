package com.partnershipbot.delivery;

import java.time.Duration;

/**
 * Why one attempt at a reply did not deliver it, and so what to do next. The kinds differ in one
 * thing only: whether the chat service may already have the message.
 */
public abstract sealed class AttemptFailed extends Exception {
  private static final long serialVersionUID = 1L;

  private AttemptFailed(String message) {
    super(message, null, false, false);
  }

  /** 429: the service asks to wait; the reply was not taken. */
  public static AttemptFailed rateLimited(String what, Duration retryAfter) {
    return new RateLimited(what + " was rate limited (retry after " + retryAfter.toMillis() + " ms)", retryAfter);
  }

  /** A 5xx or a connection that never carried the request: not delivered, safe to send again after a back-off. */
  public static AttemptFailed notDelivered(String reason) {
    return new NotDelivered(reason);
  }

  /** The request went out but no answer came back (a read timeout): the service may have the message. */
  public static AttemptFailed maybeDelivered(String reason) {
    return new MaybeDelivered(reason);
  }

  /** Refused for good (channel_not_found, 403, invalid_blocks): sending again would not help. */
  public static AttemptFailed refused(String reason) {
    return new Refused(reason);
  }

  /** True when the attempt may have reached the service (so only an idempotent call may be sent again as is). */
  public static boolean isMaybeDelivered(AttemptFailed failure) {
    return failure instanceof MaybeDelivered;
  }

  static final class RateLimited extends AttemptFailed {
    private static final long serialVersionUID = 1L;
    private final Duration retryAfter;

    RateLimited(String message, Duration retryAfter) {
      super(message);
      this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
      return retryAfter;
    }
  }

  static final class NotDelivered extends AttemptFailed {
    private static final long serialVersionUID = 1L;

    NotDelivered(String message) {
      super(message);
    }
  }

  static final class MaybeDelivered extends AttemptFailed {
    private static final long serialVersionUID = 1L;

    MaybeDelivered(String message) {
      super(message);
    }
  }

  static final class Refused extends AttemptFailed {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }
}
