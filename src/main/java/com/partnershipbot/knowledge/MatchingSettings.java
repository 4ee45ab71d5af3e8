package com.partnershipbot.knowledge;

/**
 * How sure the matcher must be before it answers.
 *
 * <p>{@code answerThreshold}: the confidence needed to answer outright. {@code clarifyThreshold}:
 * the confidence below which a candidate is not even offered. {@code clarifyMargin}: how far the
 * best candidate must lead the runner-up to answer rather than ask "did you mean".
 * {@code suggestThreshold}: the confidence a lone plausible topic needs to be offered on its own
 * ("did you mean ...?"); below it the bot says it has no answer. Unset, it is its default kept
 * between the other two thresholds.
 */
public record MatchingSettings(Double answerThreshold, Double clarifyThreshold, Double clarifyMargin,
    Double suggestThreshold) {
  /** The calibrated values (docs/matching.md); bot.yml only needs a {@code matching:} block to differ. */
  public static final double DEFAULT_ANSWER_THRESHOLD = 0.5;
  public static final double DEFAULT_CLARIFY_THRESHOLD = 0.35;
  public static final double DEFAULT_CLARIFY_MARGIN = 0.02;
  public static final double DEFAULT_SUGGEST_THRESHOLD = 0.45;

  public MatchingSettings {
    answerThreshold = answerThreshold == null ? DEFAULT_ANSWER_THRESHOLD : answerThreshold;
    clarifyThreshold = clarifyThreshold == null ? DEFAULT_CLARIFY_THRESHOLD : clarifyThreshold;
    clarifyMargin = clarifyMargin == null ? DEFAULT_CLARIFY_MARGIN : clarifyMargin;
    suggestThreshold = suggestThreshold == null
        ? Math.min(Math.max(DEFAULT_SUGGEST_THRESHOLD, clarifyThreshold), answerThreshold) : suggestThreshold;
  }


  public static MatchingSettings defaults() {
    return new MatchingSettings(null, null, null, null);
  }
}
