package com.partnershipbot.admin;

import java.time.Instant;
import java.util.List;

/**
 * Near-duplicate unanswered questions: the most asked wording, the others, how often in all, and
 * the entry the question most likely belongs to now ({@code likelyEntry}, null when none comes
 * close) or the entry that already answers it with the current config ({@code answeredNowBy}).
 */
public record UnansweredGroup(String question, List<String> otherWordings, long times, Instant lastAsked,
    String likelyEntry, double likelyScore, String answeredNowBy) {

  public UnansweredGroup {
    otherWordings = List.copyOf(otherWordings);
  }
}
