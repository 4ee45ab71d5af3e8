package com.partnershipbot.knowledge;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalises a typed topic key so "AWS", " aws? " and "Aws!" all name the same topic. */
public final class TopicKeys {
  private static final Pattern SPACES = Pattern.compile("[\\s_]+");
  private static final Pattern OUTER_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$");

  private TopicKeys() {}

  public static String normalize(String text) {
    if (text == null) {
      return "";
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    String spaced = SPACES.matcher(folded).replaceAll(" ").strip();
    return OUTER_PUNCTUATION.matcher(spaced).replaceAll("");
  }
}
