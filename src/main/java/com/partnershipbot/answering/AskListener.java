package com.partnershipbot.answering;

/** Told about every question answered, for records and metrics. Must not block or throw. */
@FunctionalInterface
public interface AskListener {
  void asked(Question question, Reply reply, long latencyNanos);

  AskListener NONE = (question, reply, latencyNanos) -> {};
}
