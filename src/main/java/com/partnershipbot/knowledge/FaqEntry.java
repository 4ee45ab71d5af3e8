package com.partnershipbot.knowledge;

import java.time.LocalDate;
import java.util.List;

/** One curated answer, as an admin wrote it in bot-config/answers. */
public record FaqEntry(
    String id,
    String title,
    String answer,
    List<String> questions,
    List<String> aliases,
    List<String> keywords,
    Source source,
    LocalDate reviewed,
    String owner,
    List<String> related) {

  public FaqEntry {
    questions = listOrEmpty(questions);
    aliases = listOrEmpty(aliases);
    keywords = listOrEmpty(keywords);
    related = listOrEmpty(related);
  }

  /** The day after which this answer counts as stale. */
  public LocalDate reviewDue(int staleAfterDays) {
    return reviewed.plusDays(staleAfterDays);
  }

  private static List<String> listOrEmpty(List<String> values) {
    return values == null ? List.of() : List.copyOf(values.stream().filter(v -> v != null).toList());
  }
}
