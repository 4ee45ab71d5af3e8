package com.partnershipbot.matching;

import com.partnershipbot.knowledge.MatchingSettings;
import java.util.List;
import java.util.Locale;

/** Says in words which threshold turned ranked candidates into the outcome {@link FaqMatcher#decide} chose. */
final class Decisions {
  static final String TOPIC_KEY = "topic_key";
  static final String NOTHING = "nothing_matched";

  private Decisions() {}

  static Explanation.Decision of(Match match, List<Candidate> top, MatchingSettings settings) {
    return new Explanation.Decision(match.outcome(), by(match, top, settings), reason(match, top, settings),
        match.offTopicKind());
  }

  static Explanation.Decision topicKey(Match match) {
    return new Explanation.Decision(match.outcome(), TOPIC_KEY,
        "The question is a topic's id, alias, title or curated question, so it leads straight to that topic.",
        match.offTopicKind());
  }

  private static String by(Match match, List<Candidate> top, MatchingSettings settings) {
    if (top.isEmpty()) {
      return NOTHING;
    }
    return switch (match.outcome()) {
      case ANSWER -> "answer_threshold";
      case CLARIFY -> top.get(0).score() >= settings.answerThreshold() ? "clarify_margin" : "clarify_threshold";
      case SUGGEST, NO_ANSWER -> "suggest_threshold";
    };
  }

  private static String reason(Match match, List<Candidate> top, MatchingSettings settings) {
    if (top.isEmpty()) {
      return "No topic shares wording or meaning with the question.";
    }
    double best = top.get(0).score();
    double lead = best - (top.size() > 1 ? top.get(1).score() : 0);
    return switch (match.outcome()) {
      case ANSWER -> format("The best score %s reaches answer_threshold %s and leads the runner-up by %s "
          + "(clarify_margin %s).", best, settings.answerThreshold(), lead, settings.clarifyMargin());
      case CLARIFY -> best >= settings.answerThreshold()
          ? format("The best score %s reaches answer_threshold %s but leads the runner-up by only %s, less than "
              + "clarify_margin %s, so the close topics are offered.", best, settings.answerThreshold(), lead,
              settings.clarifyMargin())
          : format("The best score %s is below answer_threshold %s; the topics at or above clarify_threshold %s "
              + "are offered.", best, settings.answerThreshold(), settings.clarifyThreshold());
      case SUGGEST -> format("The best score %s is below answer_threshold %s but reaches suggest_threshold %s, "
          + "so that one topic is suggested.", best, settings.answerThreshold(), settings.suggestThreshold());
      case NO_ANSWER -> format("The best score %s is below suggest_threshold %s.", best,
          settings.suggestThreshold()) + match.offTopicKind().map(kind -> " The question reads as off topic ("
          + kind + ").").orElse("");
    };
  }

  private static String format(String template, double... values) {
    Object[] shown = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      shown[i] = String.format(Locale.ROOT, "%.2f", values[i]);
    }
    return String.format(Locale.ROOT, template, shown);
  }
}
