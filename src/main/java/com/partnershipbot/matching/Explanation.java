package com.partnershipbot.matching;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.partnershipbot.knowledge.MatchingSettings;
import java.util.List;
import java.util.Optional;

/**
 * Why the matcher decided as it did, for admins fixing a wrong match: the best candidates with the
 * parts of their confidence, the thresholds in force, and which of them decided.
 */
public record Explanation(List<Reason> candidates, MatchingSettings thresholds, Decision decision) {

  public Explanation {
    candidates = List.copyOf(candidates);
  }

  /**
   * One candidate: its fused confidence, its lexical confidence, its best cosine similarity to the
   * question (empty without an encoder) and the curated sentence (title or alternate question)
   * closest in meaning.
   */
  public record Reason(String id, double score, double lexical,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<Double> meaning,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> closestQuestion) {}

  /**
   * What decided: {@code by} names the threshold ({@code answer_threshold}, {@code clarify_margin},
   * {@code clarify_threshold}, {@code suggest_threshold}) or {@code topic_key} when the question
   * named a topic, or {@code nothing_matched}; {@code reason} says it in a sentence.
   */
  public record Decision(Outcome outcome, String by, String reason,
      @JsonInclude(JsonInclude.Include.NON_ABSENT) Optional<String> offTopicKind) {}
}
