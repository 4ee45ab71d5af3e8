package com.partnershipbot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The rules bot.yml must follow beyond its field types. A field that failed to bind is not checked again. */
final class SettingsRules {
  private final YamlSource yaml;
  private final Set<String> failed;
  private final List<ConfigProblem> problems = new ArrayList<>();

  private SettingsRules(YamlSource yaml, Set<String> failed) {
    this.yaml = yaml;
    this.failed = failed;
  }

  static List<ConfigProblem> check(YamlSource yaml, BotSettings settings, Set<String> failed) {
    SettingsRules rules = new SettingsRules(yaml, failed);
    rules.checkMatching(settings.matching());
    rules.atLeastOne("/stale_after_days", settings.staleAfterDays());
    rules.atLeastOne("/retention_days", settings.retentionDays());
    rules.checkSynonyms(settings.synonyms());
    rules.checkOffTopic(settings.offTopic());
    rules.checkInternalContact(settings.internalContact());
    settings.expertsDesk().ifPresent(rules::checkExperts);
    rules.checkAdmins(settings.admins());
    return rules.problems;
  }

  private void checkMatching(MatchingSettings matching) {
    boolean answerOk = share("/matching/answer_threshold", matching.answerThreshold());
    boolean clarifyOk = share("/matching/clarify_threshold", matching.clarifyThreshold());
    share("/matching/clarify_margin", matching.clarifyMargin());
    boolean suggestOk = share("/matching/suggest_threshold", matching.suggestThreshold());
    if (answerOk && clarifyOk && matching.clarifyThreshold() > matching.answerThreshold()) {
      problems.add(yaml.valueErrorAt("/matching/clarify_threshold", "field 'matching.clarify_threshold' ("
          + matching.clarifyThreshold() + ") must not be above answer_threshold (" + matching.answerThreshold() + ")"));
    } else if (answerOk && clarifyOk && suggestOk && (matching.suggestThreshold() < matching.clarifyThreshold()
        || matching.suggestThreshold() > matching.answerThreshold())) {
      problems.add(yaml.valueErrorAt("/matching/suggest_threshold", "field 'matching.suggest_threshold' ("
          + matching.suggestThreshold() + ") must be from clarify_threshold (" + matching.clarifyThreshold()
          + ") to answer_threshold (" + matching.answerThreshold() + ")"));
    }
  }

  private void checkSynonyms(List<List<String>> synonyms) {
    for (int i = 0; i < synonyms.size(); i++) {
      String pointer = "/synonyms/" + i;
      long words = synonyms.get(i).stream().filter(w -> !w.isBlank()).count();
      if (words < 2 && !failed.contains(pointer)) {
        problems.add(yaml.errorAt(pointer, "synonym group " + (i + 1)
            + " needs at least two words or phrases that mean the same"));
      }
    }
  }

  private void checkOffTopic(List<String> examples) {
    for (int i = 0; i < examples.size(); i++) {
      String pointer = "/off_topic/" + i;
      if (examples.get(i).isBlank() && !failed.contains(pointer)) {
        problems.add(yaml.valueErrorAt(pointer, "off-topic example " + (i + 1)
            + " is empty; write a question the bot should not answer, or remove the line"));
      }
    }
  }

  private void checkAdmins(List<String> admins) {
    for (int i = 0; i < admins.size(); i++) {
      String pointer = "/admins/" + i;
      String problem = AdminEntries.problem(admins.get(i));
      if (problem != null && !failed.contains(pointer)) {
        problems.add(yaml.valueErrorAt(pointer, "admin " + (i + 1) + " " + problem));
      }
    }
  }

  private void checkInternalContact(String contact) {
    if (contact != null && contact.isBlank() && !failed.contains("/internal_contact")) {
      problems.add(yaml.valueErrorAt("/internal_contact", "internal_contact is empty; name where people should ask"
          + " about your organisation's own AI policies (a channel, a team or an address), or remove the line"));
    }
  }

  private void checkExperts(ExpertsSettings experts) {
    if (experts.slack().isEmpty() && experts.teams().isEmpty() && !failed.contains("/experts")) {
      problems.add(yaml.errorAt("/experts", "experts needs slack_channel (a Slack channel id such as C0123EXPERTS), "
          + "teams_channel (a Teams channel conversation id), or both; remove the block to turn the experts off"));
    }
    experts.slack().filter(id -> !id.matches("[CG][A-Z0-9]{2,}") && !failed.contains("/experts/slack_channel"))
        .ifPresent(id -> problems.add(yaml.valueErrorAt("/experts/slack_channel", "experts.slack_channel must be a "
            + "Slack channel id such as C0123EXPERTS (the channel's name will not do), not '" + id + "'")));
    experts.teams().filter(id -> !id.startsWith("19:") && !failed.contains("/experts/teams_channel"))
        .ifPresent(id -> problems.add(yaml.valueErrorAt("/experts/teams_channel", "experts.teams_channel must be a "
            + "Teams channel conversation id, which starts with 19: and ends with @thread.tacv2, not '" + id + "'")));
    duration("/experts/reminder_after", experts.reminderAfter());
    duration("/experts/expire_after", experts.expireAfter());
  }

  private void duration(String pointer, String value) {
    if (value != null && ExpertsSettings.parse(value).isEmpty() && !failed.contains(pointer)) {
      problems.add(yaml.valueErrorAt(pointer, BindingProblems.subject(pointer) + " must be a time such as 30m, "
          + "24h or 14d (minutes, hours or days, more than zero), not '" + value + "'"));
    }
  }

  /** True when the value is usable: from 0 to 1, or already reported. */
  private boolean share(String pointer, double value) {
    if (failed.contains(pointer)) {
      return false;
    }
    if (value < 0 || value > 1) {
      problems.add(yaml.valueErrorAt(pointer, BindingProblems.subject(pointer)
          + " must be a number from 0 to 1, not " + value));
      return false;
    }
    return true;
  }

  private void atLeastOne(String pointer, int value) {
    if (value < 1 && !failed.contains(pointer)) {
      problems.add(yaml.valueErrorAt(pointer, BindingProblems.subject(pointer) + " must be at least 1, not " + value));
    }
  }
}
