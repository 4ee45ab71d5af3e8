package com.partnershipbot.knowledge;

import com.partnershipbot.knowledge.ConfigLoader.BoundEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules every answer file must follow, alone and together with the others. */
final class EntryRules {
  static final int MAX_ANSWER_CHARS = 3000;
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final BotSettings settings;
  private final LocalDate today;

  EntryRules(BotSettings settings, LocalDate today) {
    this.settings = settings;
    this.today = today;
  }

  List<ConfigProblem> check(List<BoundEntry> entries) {
    List<ConfigProblem> problems = new ArrayList<>();
    entries.forEach(bound -> checkOne(bound, problems));
    checkUniqueIds(entries, problems);
    checkUniqueAliases(entries, problems);
    checkRelated(entries, problems);
    return problems;
  }

  private void checkOne(BoundEntry bound, List<ConfigProblem> problems) {
    YamlSource yaml = bound.yaml();
    FaqEntry entry = bound.entry();
    if (isBlank(entry.id())) {
      problems.add(yaml.errorAt("", "missing 'id'"));
    } else if (!ID.matcher(entry.id()).matches()) {
      problems.add(yaml.errorAt("/id", "id '" + entry.id() + "' must be lowercase letters, digits and single hyphens"));
    }
    if (isBlank(entry.title())) {
      problems.add(yaml.errorAt("", "missing 'title'"));
    }
    checkAnswer(yaml, entry, problems);
    checkSource(yaml, entry, problems);
    checkReviewed(yaml, entry, problems);
  }

  private static void checkAnswer(YamlSource yaml, FaqEntry entry, List<ConfigProblem> problems) {
    if (isBlank(entry.answer())) {
      problems.add(yaml.errorAt("/answer", "missing 'answer': every entry needs the text people will read"));
    } else if (entry.answer().length() > MAX_ANSWER_CHARS) {
      problems.add(yaml.errorAt("/answer", "answer is " + entry.answer().length()
          + " characters; Slack shows at most " + MAX_ANSWER_CHARS + " in one section"));
    }
  }

  private static void checkSource(YamlSource yaml, FaqEntry entry, List<ConfigProblem> problems) {
    Source source = entry.source();
    if (source == null) {
      problems.add(yaml.errorAt("", "missing 'source': cite where the answer's facts come from"));
      return;
    }
    if (isBlank(source.title())) {
      problems.add(yaml.errorAt("/source", "missing 'source.title'"));
    }
    if (source.date() == null) {
      problems.add(yaml.errorAt("/source", "missing 'source.date' (YYYY-MM-DD)"));
    }
  }

  private void checkReviewed(YamlSource yaml, FaqEntry entry, List<ConfigProblem> problems) {
    if (entry.reviewed() == null) {
      problems.add(yaml.errorAt("", "missing 'reviewed' (the date someone last checked this answer, YYYY-MM-DD)"));
    } else if (entry.reviewed().isAfter(today)) {
      problems.add(yaml.errorAt("/reviewed", "reviewed date " + entry.reviewed() + " is in the future"));
    } else if (entry.reviewDue(settings.staleAfterDays()).isBefore(today)) {
      problems.add(yaml.problemAt("/reviewed", Severity.WARNING, "answer '" + entry.id() + "' was last reviewed on "
          + entry.reviewed() + ", more than " + settings.staleAfterDays() + " days ago"));
    }
  }

  private static void checkUniqueIds(List<BoundEntry> entries, List<ConfigProblem> problems) {
    Map<String, String> firstFile = new HashMap<>();
    for (BoundEntry bound : entries) {
      String id = bound.entry().id();
      if (isBlank(id)) {
        continue;
      }
      String earlier = firstFile.putIfAbsent(id, bound.yaml().name());
      if (earlier != null) {
        problems.add(bound.yaml().errorAt("/id", "duplicate id '" + id + "': already used in " + earlier));
      }
    }
  }

  private static void checkUniqueAliases(List<BoundEntry> entries, List<ConfigProblem> problems) {
    Map<String, String> owner = new HashMap<>();
    entries.stream().map(BoundEntry::entry).filter(e -> !isBlank(e.id()))
        .forEach(e -> owner.putIfAbsent(key(e.id()), e.id()));
    for (BoundEntry bound : entries) {
      FaqEntry entry = bound.entry();
      Set<String> own = new HashSet<>();
      for (int i = 0; i < entry.aliases().size(); i++) {
        String alias = key(entry.aliases().get(i));
        String pointer = "/aliases/" + i;
        if (alias.isEmpty()) {
          problems.add(bound.yaml().errorAt(pointer, "alias is empty"));
          continue;
        }
        String previous = owner.putIfAbsent(alias, entry.id());
        if (previous != null && !previous.equals(entry.id())) {
          problems.add(bound.yaml().errorAt(pointer, "alias '" + entry.aliases().get(i)
              + "' is shared with entry '" + previous + "': an alias must lead to one entry"));
        } else if (!own.add(alias)) {
          problems.add(bound.yaml().problemAt(pointer, Severity.WARNING, "alias '" + entry.aliases().get(i)
              + "' is listed twice"));
        }
      }
    }
  }

  private static void checkRelated(List<BoundEntry> entries, List<ConfigProblem> problems) {
    Set<String> ids = new HashSet<>();
    entries.forEach(bound -> ids.add(bound.entry().id()));
    for (BoundEntry bound : entries) {
      List<String> related = bound.entry().related();
      for (int i = 0; i < related.size(); i++) {
        String id = related.get(i);
        if (!ids.contains(id)) {
          String hint = DidYouMean.closest(id, ids).map(g -> " (did you mean '" + g + "'?)").orElse("");
          problems.add(bound.yaml().errorAt("/related/" + i, "related id '" + id + "' does not exist" + hint));
        } else if (id.equals(bound.entry().id())) {
          problems.add(bound.yaml().errorAt("/related/" + i, "entry '" + id + "' lists itself as related"));
        }
      }
    }
  }

  /** How a topic key is compared: case, surrounding space and punctuation do not matter. */
  static String key(String text) {
    return TopicKeys.normalize(text);
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
