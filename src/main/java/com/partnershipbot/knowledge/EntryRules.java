package com.partnershipbot.knowledge;

import com.partnershipbot.knowledge.ConfigLoader.BoundEntry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every answer file must follow, alone and together with the others. A field that
 * already failed to bind is not reported again here.
 */
final class EntryRules {
  static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final BotSettings settings;
  private final LocalDate today;

  EntryRules(BotSettings settings, LocalDate today) {
    this.settings = settings;
    this.today = today;
  }

  /**
   * Checks the entries. {@code unreadableIds} are the ids of files that could not be read: related
   * ids naming them are not reported, as that file's own problem is the one to fix.
   */
  List<ConfigProblem> check(List<BoundEntry> entries, Set<String> unreadableIds) {
    List<ConfigProblem> problems = new ArrayList<>();
    entries.forEach(bound -> checkOne(bound, problems));
    checkUniqueIds(entries, problems);
    checkUniqueAliases(entries, problems);
    checkRelated(entries, unreadableIds, problems);
    return problems;
  }

  private void checkOne(BoundEntry bound, List<ConfigProblem> problems) {
    checkId(bound, problems);
    required(bound, "/title", bound.entry().title(), "a short title people see on topic lists and buttons", problems);
    checkAnswer(bound, problems);
    checkSource(bound, problems);
    checkReviewed(bound, problems);
  }

  private static void checkId(BoundEntry bound, List<ConfigProblem> problems) {
    String id = bound.entry().id();
    if (required(bound, "/id", id, "a short lowercase name such as 'azure'", problems) && !ID.matcher(id).matches()) {
      problems.add(bound.yaml().valueErrorAt("/id", "id '" + id + "' must be lowercase letters, digits and single "
          + "hyphens, such as '" + slug(id) + "'"));
    }
  }

  private static void checkAnswer(BoundEntry bound, List<ConfigProblem> problems) {
    String answer = bound.entry().answer();
    if (required(bound, "/answer", answer, "the text people will read", problems)) {
      ContentFormat.lengthProblem(answer).ifPresent(tooLong -> problems.add(bound.yaml().errorAt("/answer", tooLong)));
    }
  }

  private static void checkSource(BoundEntry bound, List<ConfigProblem> problems) {
    Source source = bound.entry().source();
    if (bound.failed().contains("/source")) {
      return;
    }
    if (source == null) {
      problems.add(missing(bound, "/source", "where the answer's facts come from: title and date at least"));
      return;
    }
    required(bound, "/source/title", source.title(), "the title of the document the facts come from", problems);
    if (source.date() == null && !bound.failed().contains("/source/date")) {
      problems.add(missing(bound, "/source/date", "the date of the source, YYYY-MM-DD"));
    }
  }

  private void checkReviewed(BoundEntry bound, List<ConfigProblem> problems) {
    FaqEntry entry = bound.entry();
    if (bound.failed().contains("/reviewed")) {
      return;
    }
    if (entry.reviewed() == null) {
      problems.add(missing(bound, "/reviewed", "the date someone last checked this answer, YYYY-MM-DD"));
    } else if (entry.reviewed().isAfter(today)) {
      problems.add(bound.yaml().valueErrorAt("/reviewed", "reviewed date " + entry.reviewed()
          + " is in the future (today is " + today + ")"));
    } else if (entry.reviewDue(settings.staleAfterDays()).isBefore(today)) {
      problems.add(bound.yaml().problemAt("/reviewed", Severity.WARNING, "answer '" + entry.id()
          + "' was last reviewed on " + entry.reviewed() + ", more than " + settings.staleAfterDays()
          + " days ago; check it and update 'reviewed'"));
    }
  }

  /** Reports a missing or empty text field; true when the field has text. */
  private static boolean required(BoundEntry bound, String pointer, String value, String what,
      List<ConfigProblem> problems) {
    if (!isBlank(value)) {
      return true;
    }
    if (!bound.failed().contains(pointer)) {
      problems.add(missing(bound, pointer, what));
    }
    return false;
  }

  private static ConfigProblem missing(BoundEntry bound, String pointer, String what) {
    String field = BindingProblems.fieldPath(pointer);
    if (bound.yaml().has(pointer)) {
      return bound.yaml().errorAt(pointer, "'" + field + "' is empty: give " + what);
    }
    return bound.yaml().errorAt(pointer, "missing '" + field + "': give " + what);
  }

  /** Reports each copy of an id at the copy, naming the original: the file named after the id, else the first. */
  private static void checkUniqueIds(List<BoundEntry> entries, List<ConfigProblem> problems) {
    Map<String, BoundEntry> originals = new HashMap<>();
    entries.stream().filter(bound -> !isBlank(bound.entry().id()))
        .forEach(bound -> originals.merge(bound.entry().id(), bound, EntryRules::original));
    for (BoundEntry bound : entries) {
      String id = bound.entry().id();
      BoundEntry original = isBlank(id) ? bound : originals.get(id);
      if (original != bound) {
        problems.add(bound.yaml().valueErrorAt("/id", "duplicate id '" + id + "': " + original.yaml().name()
            + " already uses it; give this copy an id of its own"));
      }
    }
  }

  private static BoundEntry original(BoundEntry first, BoundEntry other) {
    return !namedAfterItsId(first) && namedAfterItsId(other) ? other : first;
  }

  private static boolean namedAfterItsId(BoundEntry bound) {
    String file = Path.of(bound.yaml().name()).getFileName().toString();
    return file.equals(bound.entry().id() + ".yml") || file.equals(bound.entry().id() + ".yaml");
  }

  private static void checkUniqueAliases(List<BoundEntry> entries, List<ConfigProblem> problems) {
    Map<String, String> ids = new HashMap<>();
    entries.stream().map(BoundEntry::entry).filter(e -> !isBlank(e.id()))
        .forEach(e -> ids.putIfAbsent(key(e.id()), e.id()));
    Map<String, String> aliases = new HashMap<>();
    for (BoundEntry bound : entries) {
      Set<String> own = new HashSet<>();
      List<String> list = bound.entry().aliases();
      for (int i = 0; i < list.size(); i++) {
        checkAlias(bound, i, list.get(i), ids, aliases, own, problems);
      }
    }
  }

  private static void checkAlias(BoundEntry bound, int index, String alias, Map<String, String> ids,
      Map<String, String> aliases, Set<String> own, List<ConfigProblem> problems) {
    String id = bound.entry().id();
    String key = key(alias);
    YamlSource yaml = bound.yaml();
    String pointer = "/aliases/" + index;
    if (key.isEmpty()) {
      problems.add(yaml.errorAt(pointer, "alias '" + alias + "' is empty once case and punctuation are ignored"));
      return;
    }
    String idOwner = ids.get(key);
    String aliasOwner = aliases.putIfAbsent(key, id);
    if (idOwner != null && !idOwner.equals(id)) {
      problems.add(yaml.errorAt(pointer, "alias '" + alias + "' is the id of entry '" + idOwner
          + "': an alias must lead to one entry"));
    } else if (aliasOwner != null && !aliasOwner.equals(id)) {
      problems.add(yaml.errorAt(pointer, "alias '" + alias + "' is also an alias of entry '" + aliasOwner
          + "': an alias must lead to one entry"));
    } else if (!own.add(key)) {
      problems.add(yaml.problemAt(pointer, Severity.WARNING, "alias '" + alias + "' is listed twice"));
    }
  }

  private static void checkRelated(List<BoundEntry> entries, Set<String> unreadableIds,
      List<ConfigProblem> problems) {
    Set<String> ids = new HashSet<>();
    entries.stream().map(bound -> bound.entry().id()).filter(id -> !isBlank(id)).forEach(ids::add);
    Set<String> meant = new HashSet<>(unreadableIds);
    ids.stream().filter(id -> !ID.matcher(id).matches()).map(EntryRules::slug).forEach(meant::add);
    for (BoundEntry bound : entries) {
      List<String> related = bound.entry().related();
      for (int i = 0; i < related.size(); i++) {
        String id = related.get(i);
        String pointer = "/related/" + i;
        if (id.equals(bound.entry().id())) {
          problems.add(bound.yaml().errorAt(pointer, "entry '" + id + "' lists itself as related"));
        } else if (!ids.contains(id) && !meant.contains(id)) {
          String hint = DidYouMean.closest(id, ids).map(g -> " (did you mean '" + g + "'?)").orElse("");
          problems.add(bound.yaml().errorAt(pointer, "related id '" + id + "' does not exist" + hint));
        }
      }
    }
  }

  /** How a topic key is compared: case, surrounding space and punctuation do not matter. */
  static String key(String text) {
    return TopicKeys.normalize(text);
  }

  /** A valid id close to what was typed: "Azure Cloud" becomes "azure-cloud". */
  static String slug(String text) {
    String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "my-topic" : slug;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
