package com.partnershipbot.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * The pieces of a message that the sentence encoder reads. A short question is read whole. In a
 * long message the question is one sentence among greetings, context and sign-offs ("good morning!
 * my VP wants the key points of the announcement for her email. thanks so much!!"), and one vector
 * for all of it blurs that sentence; so the encoder also reads on their own the sentences that say
 * most in the FAQ's own words (later sentences first when they say as much, since the question
 * usually comes after the context), and each entry keeps its best similarity to any piece.
 */
final class QuestionParts {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!;])\\s+|\\s+(?:--|—|–)\\s+|\\n+");

  private QuestionParts() {}

  /** The whole message, then its most telling sentences; {@code telling} counts a sentence's FAQ words. */
  static List<String> of(String text, Tuning.Reading tuning, ToIntFunction<String> telling) {
    List<String> parts = new ArrayList<>(tuning.maxSentences() + 1);
    parts.add(text);
    if (words(text) < tuning.longMessageWords()) {
      return parts;
    }
    String[] split = SENTENCE_END.split(text);
    if (split.length < 2) {
      return parts;
    }
    List<Sentence> sentences = new ArrayList<>();
    for (int i = split.length - 1; i >= 0; i--) {
      String sentence = split[i].strip();
      int score = words(sentence) >= tuning.minSentenceWords() ? telling.applyAsInt(sentence) : 0;
      if (score > 0) {
        sentences.add(new Sentence(sentence, score));
      }
    }
    sentences.stream().sorted(Comparator.comparingInt(Sentence::telling).reversed()).limit(tuning.maxSentences())
        .forEach(sentence -> parts.add(sentence.text()));
    return parts;
  }

  private record Sentence(String text, int telling) {}

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }
}
