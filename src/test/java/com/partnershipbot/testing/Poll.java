package com.partnershipbot.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for an asynchronous effect: checks again and again until it holds or a generous deadline passes. */
public final class Poll {
  public static final Duration DEADLINE = Duration.ofSeconds(15);

  private Poll() {}

  public static void until(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("still waiting, after " + DEADLINE.toSeconds() + " s, for: " + what);
      }
      sleep();
    }
  }

  /** Polls until the value satisfies the condition, then returns it. */
  public static <T> T value(String what, Supplier<T> value, java.util.function.Predicate<T> condition) {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    T current = value.get();
    while (!condition.test(current)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("still waiting, after " + DEADLINE.toSeconds() + " s, for: " + what
            + "; last value: " + current);
      }
      sleep();
      current = value.get();
    }
    return current;
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
