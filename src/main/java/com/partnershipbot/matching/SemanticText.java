package com.partnershipbot.matching;

import java.util.Arrays;
import java.util.List;

/**
 * The text handed to the sentence encoder: a typo is replaced by the FAQ's own spelling of the
 * word it was matched to, and words nearly every entry uses are left out (see {@link Vocabulary}).
 */
final class SemanticText {
  private SemanticText() {}

  static String ofQuestion(String text, List<QuestionTerms> slots, Vocabulary vocabulary, Tuning.Reading tuning) {
    long kept = slots.stream().filter(slot -> !isUbiquitous(slot, vocabulary)).count();
    boolean strip = kept >= tuning.minKept();
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (QuestionTerms slot : slots) {
      if (slot.start() < copied || slot.end() > text.length()) {
        continue;
      }
      String replacement = replacement(slot, vocabulary, strip);
      if (replacement != null) {
        out.append(text, copied, slot.start()).append(replacement);
        copied = slot.end();
      }
    }
    out.append(text, copied, text.length());
    return orOriginal(out, text, tuning);
  }

  static String ofSentence(String text, FaqAnalyzers analyzers, Vocabulary vocabulary, Tuning.Reading tuning) {
    List<FaqAnalyzers.Token> tokens = analyzers.indexTokens(text);
    if (tokens.stream().filter(token -> !vocabulary.isUbiquitous(token.terms())).count() < tuning.minKept()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (FaqAnalyzers.Token token : tokens) {
      if (token.start() >= copied && vocabulary.isUbiquitous(token.terms())) {
        out.append(text, copied, token.start());
        copied = token.end();
      }
    }
    out.append(text, copied, text.length());
    return orOriginal(out, text, tuning);
  }

  private static boolean isUbiquitous(QuestionTerms slot, Vocabulary vocabulary) {
    return vocabulary.isUbiquitous(List.copyOf(slot.termFactors().keySet()));
  }

  private static String replacement(QuestionTerms slot, Vocabulary vocabulary, boolean strip) {
    if (isUbiquitous(slot, vocabulary)) {
      return strip ? "" : null;
    }
    return slot.correction() == null ? null : vocabulary.spelling(slot.correction());
  }

  private static String orOriginal(StringBuilder out, String original, Tuning.Reading tuning) {
    String text = out.toString().replaceAll("\\s+", " ").strip();
    return firstWords(text.chars().anyMatch(Character::isLetterOrDigit) ? text : original, tuning.maxEncodedWords());
  }

  private static String firstWords(String text, int max) {
    String[] words = text.split(" ", max + 1);
    return words.length <= max ? text : String.join(" ", Arrays.asList(words).subList(0, max));
  }
}
