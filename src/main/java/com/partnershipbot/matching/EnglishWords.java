package com.partnershipbot.matching;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whole English words, as listed in the sentence encoder's vocabulary (about 20,000 of its 30,522
 * entries). A word the FAQ never uses but that is listed here is a real word, not a typo: "cast",
 * "founded" or "reset" mean something else than the FAQ's "case", "funding" or "resell", so they
 * are not corrected towards them. Only the vocabulary file is read (no native code), so this holds
 * with or without the encoder.
 */
final class EnglishWords {
  private static final Logger LOG = LoggerFactory.getLogger(EnglishWords.class);
  private static final String VOCABULARY = OnnxEmbedder.TOKENIZER;
  private static final Set<String> WORDS = read();

  private EnglishWords() {}

  static boolean contains(String word) {
    return WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> read() {
    try (InputStream in = EnglishWords.class.getResourceAsStream(VOCABULARY)) {
      if (in == null) {
        LOG.warn("{} is missing; every word the FAQ does not use is treated as a possible typo", VOCABULARY);
        return Set.of();
      }
      return words(in);
    } catch (IOException e) {
      LOG.warn("{} could not be read ({}); every word the FAQ does not use is treated as a possible typo",
          VOCABULARY, e.getMessage());
      return Set.of();
    }
  }

  /** The alphabetic whole-word keys of {@code model.vocab}, streamed: the file is large. */
  private static Set<String> words(InputStream in) throws IOException {
    Set<String> words = new HashSet<>();
    try (JsonParser parser = new JsonFactory().createParser(in)) {
      int depth = 0;
      boolean inVocab = false;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          depth++;
        } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          depth--;
          inVocab = inVocab && depth >= 3;
        } else if (token == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          if (depth == 2 && "vocab".equals(name)) {
            inVocab = true;
          } else if (inVocab && depth == 3 && isWord(name)) {
            words.add(name);
          }
        }
      }
    }
    return Set.copyOf(words);
  }

  private static boolean isWord(String token) {
    return token.length() > 1 && token.chars().allMatch(c -> c >= 'a' && c <= 'z');
  }
}
