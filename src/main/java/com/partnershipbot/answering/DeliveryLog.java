package com.partnershipbot.answering;

/**
 * Remembers which platform deliveries (such as Slack event ids) were already handled, so a
 * re-delivered event is never answered twice. Implementations must be safe across threads and,
 * when shared through a database, across instances.
 */
@FunctionalInterface
public interface DeliveryLog {
  /** True the first time an id is claimed, false every time after. */
  boolean claim(String deliveryId);
}
