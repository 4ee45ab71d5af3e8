package com.partnershipbot.answering;

/** Told about every feedback vote. Must not block or throw. */
@FunctionalInterface
public interface FeedbackListener {
  void voted(Vote vote);

  /** This listener, then the next; a failure in one never stops the other. */
  default FeedbackListener andThen(FeedbackListener next) {
    FeedbackListener first = this;
    return vote -> {
      Listeners.quietly(() -> first.voted(vote));
      Listeners.quietly(() -> next.voted(vote));
    };
  }
}
