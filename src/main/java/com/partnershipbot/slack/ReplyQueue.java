package com.partnershipbot.slack;

import com.partnershipbot.delivery.Attempt;
import com.partnershipbot.delivery.Confirmation;
import com.partnershipbot.delivery.ReplyLanes;
import java.time.Duration;

/** Slack's replies, sent through {@link ReplyLanes}: one lane per channel or user, exactly once or counted lost. */
final class ReplyQueue implements AutoCloseable {
  private final ReplyLanes lanes;

  ReplyQueue(ReplyLanes lanes) {
    this.lanes = lanes;
  }

  void countWith(SlackApiCounters counters) {
    lanes.countWith(counters);
  }

  /** A reply with no order to keep and no way to check it arrived (response_url posts). */
  void submit(String what, Attempt attempt) {
    lanes.submit(what, attempt);
  }

  /** A reply sent after the others to the same {@code lane} (channel or user). */
  void submit(String lane, String what, Attempt attempt, Confirmation confirmation) {
    lanes.submit(lane, what, attempt, confirmation);
  }

  int pending() {
    return lanes.pending();
  }

  boolean closing() {
    return lanes.closing();
  }

  long sent() {
    return lanes.sent();
  }

  long failed() {
    return lanes.failed();
  }

  @Override
  public void close() {
    lanes.close();
  }

  void close(Duration deadline) {
    lanes.close(deadline);
  }
}
