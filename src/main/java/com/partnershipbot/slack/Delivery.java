package com.partnershipbot.slack;

/** One outgoing message, such as a chat.postMessage call; throws {@link RateLimitedException} to be retried later. */
@FunctionalInterface
interface Delivery {
  void deliver() throws Exception;
}
