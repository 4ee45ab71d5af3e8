package com.partnershipbot.knowledge;

import java.util.ArrayList;
import java.util.List;

/** The rules bot.yml must follow beyond its field types. */
final class SettingsRules {
  private SettingsRules() {}

  static List<ConfigProblem> check(YamlSource yaml, BotSettings settings) {
    List<ConfigProblem> problems = new ArrayList<>();
    MatchingSettings matching = settings.matching();
    unitInterval(yaml, "/matching/answer_threshold", "answer_threshold", matching.answerThreshold(), problems);
    unitInterval(yaml, "/matching/clarify_threshold", "clarify_threshold", matching.clarifyThreshold(), problems);
    unitInterval(yaml, "/matching/clarify_margin", "clarify_margin", matching.clarifyMargin(), problems);
    if (matching.clarifyThreshold() > matching.answerThreshold()) {
      problems.add(yaml.errorAt("/matching/clarify_threshold",
          "clarify_threshold (" + matching.clarifyThreshold() + ") must not be above answer_threshold ("
              + matching.answerThreshold() + ")"));
    }
    positive(yaml, "/stale_after_days", "stale_after_days", settings.staleAfterDays(), problems);
    positive(yaml, "/retention_days", "retention_days", settings.retentionDays(), problems);
    List<List<String>> synonyms = settings.synonyms();
    for (int i = 0; i < synonyms.size(); i++) {
      long words = synonyms.get(i).stream().filter(w -> w != null && !w.isBlank()).count();
      if (words < 2) {
        problems.add(yaml.errorAt("/synonyms/" + i, "a synonym group needs at least two words"));
      }
    }
    return problems;
  }

  private static void unitInterval(YamlSource yaml, String pointer, String name, double value,
      List<ConfigProblem> problems) {
    if (value < 0 || value > 1) {
      problems.add(yaml.errorAt(pointer, name + " must be between 0 and 1, not " + value));
    }
  }

  private static void positive(YamlSource yaml, String pointer, String name, int value, List<ConfigProblem> problems) {
    if (value < 1) {
      problems.add(yaml.errorAt(pointer, name + " must be at least 1, not " + value));
    }
  }
}
