package com.partnershipbot.answering;

/** Told about every feedback vote. Must not block or throw. */
@FunctionalInterface
public interface FeedbackListener {
  void voted(Vote vote);
}
