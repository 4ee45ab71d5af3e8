package com.partnershipbot.matching;

import com.partnershipbot.knowledge.FaqEntry;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The curated text word by word: how each stem is usually spelt, and which words nearly every
 * entry uses. In this FAQ "OpenAI" and "Microsoft" are in almost every question, so they say
 * nothing about which entry fits; leaving them out lets the sentence encoder weigh the rest.
 */
final class Vocabulary {
  /** A stem used by at least this share of the entries counts as ubiquitous... */
  static final double UBIQUITOUS_SHARE = 0.7;
  /** ...provided the FAQ has at least this many entries. */
  static final int MIN_ENTRIES = 5;

  private final Map<String, String> spellings;
  private final Set<String> ubiquitous;

  private Vocabulary(Map<String, String> spellings, Set<String> ubiquitous) {
    this.spellings = spellings;
    this.ubiquitous = ubiquitous;
  }

  static Vocabulary of(List<FaqEntry> entries, FaqAnalyzers analyzers) {
    Map<String, String> spellings = new HashMap<>();
    Map<String, Integer> entryCounts = new HashMap<>();
    for (FaqEntry entry : entries) {
      String text = FaqIndex.curatedText(entry);
      Set<String> seen = new HashSet<>();
      for (FaqAnalyzers.Token token : analyzers.indexTokens(text)) {
        String term = token.terms().get(0);
        spellings.putIfAbsent(term, text.substring(token.start(), token.end()).toLowerCase(java.util.Locale.ROOT));
        if (seen.add(term)) {
          entryCounts.merge(term, 1, Integer::sum);
        }
      }
    }
    Set<String> ubiquitous = new HashSet<>();
    if (entries.size() >= MIN_ENTRIES) {
      entryCounts.forEach((term, count) -> {
        if (count >= UBIQUITOUS_SHARE * entries.size()) {
          ubiquitous.add(term);
        }
      });
    }
    return new Vocabulary(Map.copyOf(spellings), Set.copyOf(ubiquitous));
  }

  /** How the curated text spells a stem, or null when it never uses it. */
  String spelling(String term) {
    return spellings.get(term);
  }

  boolean isUbiquitous(List<String> terms) {
    return terms.stream().anyMatch(ubiquitous::contains);
  }
}
