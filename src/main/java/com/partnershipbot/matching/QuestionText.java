package com.partnershipbot.matching;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalises plain text before matching: NFKC, control characters become spaces, runs of white
 * space become one, and very long text is cut. Platform markup is the adapters' to remove.
 */
public final class QuestionText {
  /** Questions longer than this are matched on their first part only. */
  public static final int MAX_CHARS = 1000;

  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200d]]");
  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

  private QuestionText() {}

  public static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String text = raw.length() > MAX_CHARS * 4 ? raw.substring(0, MAX_CHARS * 4) : raw;
    text = Normalizer.normalize(text, Normalizer.Form.NFKC);
    text = CONTROL.matcher(text).replaceAll(" ");
    text = WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
  }
}
