package com.partnershipbot.matching;

import com.partnershipbot.knowledge.FaqEntry;
import java.util.ArrayList;
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
  private final Map<String, String> spellings;
  private final Set<String> ubiquitous;

  private Vocabulary(Map<String, String> spellings, Set<String> ubiquitous) {
    this.spellings = spellings;
    this.ubiquitous = ubiquitous;
  }

  static Vocabulary of(List<FaqEntry> entries, FaqAnalyzers analyzers, Tuning.Lexical tuning) {
    Map<String, String> spellings = new HashMap<>();
    Map<String, Integer> entryCounts = new HashMap<>();
    List<List<String[]>> analysed = entries.parallelStream().map(entry -> termsAndSpellings(entry, analyzers)).toList();
    for (List<String[]> words : analysed) {
      Set<String> seen = new HashSet<>();
      for (String[] word : words) {
        spellings.putIfAbsent(word[0], word[1]);
        if (seen.add(word[0])) {
          entryCounts.merge(word[0], 1, Integer::sum);
        }
      }
    }
    Set<String> ubiquitous = new HashSet<>();
    if (entries.size() >= tuning.ubiquitousMinEntries()) {
      entryCounts.forEach((term, count) -> {
        if (count >= tuning.ubiquitousShare() * entries.size()) {
          ubiquitous.add(term);
        }
      });
    }
    return new Vocabulary(Map.copyOf(spellings), Set.copyOf(ubiquitous));
  }

  /** Each word of the entry's curated text as its stem and its lower-case spelling, in order. */
  private static List<String[]> termsAndSpellings(FaqEntry entry, FaqAnalyzers analyzers) {
    String text = FaqIndex.curatedText(entry);
    List<FaqAnalyzers.Token> tokens = analyzers.indexTokens(text);
    List<String[]> words = new ArrayList<>(tokens.size());
    for (FaqAnalyzers.Token token : tokens) {
      words.add(new String[] {token.terms().get(0),
          text.substring(token.start(), token.end()).toLowerCase(java.util.Locale.ROOT)});
    }
    return words;
  }

  /** How the curated text spells a stem, or null when it never uses it. */
  String spelling(String term) {
    return spellings.get(term);
  }

  /** True when the curated text uses this stem. */
  boolean uses(String term) {
    return spellings.containsKey(term);
  }

  boolean isUbiquitous(List<String> terms) {
    return terms.stream().anyMatch(ubiquitous::contains);
  }
}
