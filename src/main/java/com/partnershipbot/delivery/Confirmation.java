package com.partnershipbot.delivery;

import java.util.Optional;

/**
 * Looks, after an attempt that may have been delivered, whether the chat service has the reply:
 * true (do not send again), false (safe to send again), empty (cannot tell: the reply is counted as
 * possibly delivered and never sent twice).
 */
@FunctionalInterface
public interface Confirmation {
  Optional<Boolean> delivered() throws InterruptedException;

  Confirmation UNKNOWN = Optional::empty;
}
