package com.partnershipbot.knowledge;

import java.text.Normalizer;
import java.util.Locale;

/** Normalises a typed topic key so "AWS", " aws? " and "Aws!" all name the same topic. */
public final class TopicKeys {
  private TopicKeys() {}

  public static String normalize(String text) {
    if (text == null) {
      return "";
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    String spaced = folded.replaceAll("[\\s_]+", " ").strip();
    return spaced.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
  }
}
