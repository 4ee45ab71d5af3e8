package com.partnershipbot.answering;

/** Told about every question answered, for records and metrics. Must not block or throw. */
@FunctionalInterface
public interface AskListener {
  void asked(Question question, Reply reply, long latencyNanos);

  AskListener NONE = (question, reply, latencyNanos) -> {};

  /** This listener, then the next; a failure in one never stops the other or the answer. */
  default AskListener andThen(AskListener next) {
    AskListener first = this;
    return (question, reply, latencyNanos) -> {
      Listeners.quietly(() -> first.asked(question, reply, latencyNanos));
      Listeners.quietly(() -> next.asked(question, reply, latencyNanos));
    };
  }
}
