package com.partnershipbot.knowledge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an answer's title and each of its curated questions are written, so checks made after
 * loading (such as the confusable-question check) can point admins at the line to edit.
 * {@code questions} lines up with {@link FaqEntry#questions()}: empty list items are left out of both.
 */
public record EntryLines(Location title, List<Location> questions) {

  public EntryLines {
    questions = List.copyOf(questions);
  }

  /** The lines of the entry read from {@code yaml}; a part that cannot be located points at the file's start. */
  static EntryLines of(YamlSource yaml) {
    List<Location> questions = new ArrayList<>();
    for (int i = 0; yaml.has("/questions/" + i); i++) {
      yaml.value("/questions/" + i).filter(value -> value.token() != JsonToken.VALUE_NULL)
          .ifPresent(value -> questions.add(at(yaml, value.location())));
    }
    JsonLocation title = yaml.value("/title").map(YamlSource.Value::location).orElse(null);
    return new EntryLines(at(yaml, title), questions);
  }

  /** The line of the {@code index}th curated question, or of the title when there is no such question. */
  public Location question(int index) {
    return index >= 0 && index < questions.size() ? questions.get(index) : title;
  }

  private static Location at(YamlSource yaml, JsonLocation location) {
    return location == null ? new Location(yaml.name(), 1, 1)
        : new Location(yaml.name(), Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }
}
