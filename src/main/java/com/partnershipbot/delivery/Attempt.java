package com.partnershipbot.delivery;

/** One try at sending a reply; throws {@link AttemptFailed} to say what went wrong. */
@FunctionalInterface
public interface Attempt {
  void send() throws AttemptFailed, InterruptedException;
}
