package com.partnershipbot.delivery;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How hard a reply is tried: back-off after a server error or a failed connection (doubling from
 * {@code baseBackoff} up to {@code maxBackoff}, each wait drawn between half and all of it), and
 * the {@code budget}: a reply not delivered within it of being queued is given up on and counted
 * lost. A Retry-After is always honoured in full while it fits the budget. {@code callTimeout} bounds
 * one call to the chat API.
 */
public record RetryPolicy(Duration baseBackoff, Duration maxBackoff, Duration budget, Duration callTimeout) {
  /** The policy in production; tests shrink the times, never the rules. */
  public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(8),
      Duration.ofSeconds(120), Duration.ofSeconds(10));

  public RetryPolicy {
    if (baseBackoff.isNegative() || maxBackoff.compareTo(baseBackoff) < 0 || budget.compareTo(Duration.ofSeconds(1)) < 0
        || callTimeout.isNegative() || callTimeout.isZero()) {
      throw new IllegalArgumentException("a retry policy needs 0 <= base <= max back-off, a budget of 1 s or more "
          + "and a positive call timeout");
    }
  }

  /** The same policy with another budget (REPLY_RETRY_BUDGET_SECONDS). */
  public RetryPolicy withBudget(Duration newBudget) {
    return new RetryPolicy(baseBackoff, maxBackoff, newBudget, callTimeout);
  }

  /** The wait before try number {@code retry} (1 for the first retry), with jitter. */
  Duration backoff(int retry) {
    long cap = maxBackoff.toMillis();
    long exponential = baseBackoff.toMillis() << Math.min(retry - 1, 20);
    long ceiling = Math.max(1, Math.min(cap, exponential));
    return Duration.ofMillis(ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1));
  }
}
