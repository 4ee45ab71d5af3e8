package com.partnershipbot.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The pieces of a message that the sentence encoder reads. A short question is read whole. In a
 * long message the question is often one sentence among context ("my VP wants a one-liner for her
 * email... what do I tell her?"), and one vector for all of it blurs that sentence; so the
 * encoder also reads the message's last sentences on their own, and each entry keeps its best
 * similarity to any piece.
 */
final class QuestionParts {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!;])\\s+|\\s+(?:--|—|–)\\s+|\\n+");

  private QuestionParts() {}

  static List<String> of(String text, Tuning.Reading tuning) {
    List<String> parts = new ArrayList<>(tuning.maxSentences() + 1);
    parts.add(text);
    if (words(text) < tuning.longMessageWords()) {
      return parts;
    }
    String[] sentences = SENTENCE_END.split(text);
    if (sentences.length < 2) {
      return parts;
    }
    for (int i = sentences.length - 1; i >= 0 && parts.size() <= tuning.maxSentences(); i--) {
      String sentence = sentences[i].strip();
      if (words(sentence) >= tuning.minSentenceWords()) {
        parts.add(sentence);
      }
    }
    return parts;
  }

  private static int words(String text) {
    return text.isBlank() ? 0 : text.strip().split("\\s+").length;
  }
}
