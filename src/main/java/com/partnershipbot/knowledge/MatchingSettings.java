package com.partnershipbot.knowledge;

/**
 * How sure the matcher must be before it answers.
 *
 * <p>{@code answerThreshold}: the confidence needed to answer outright. {@code clarifyThreshold}:
 * the confidence below which a candidate is not even offered. {@code clarifyMargin}: how far the
 * best candidate must lead the runner-up to answer rather than ask "did you mean".
 */
public record MatchingSettings(Double answerThreshold, Double clarifyThreshold, Double clarifyMargin) {

  public MatchingSettings {
    answerThreshold = answerThreshold == null ? 0.6 : answerThreshold;
    clarifyThreshold = clarifyThreshold == null ? 0.35 : clarifyThreshold;
    clarifyMargin = clarifyMargin == null ? 0.15 : clarifyMargin;
  }

  public static MatchingSettings defaults() {
    return new MatchingSettings(null, null, null);
  }
}
