package com.partnershipbot.slack;

import java.util.ArrayList;
import java.util.List;

/** Slack mrkdwn helpers: escaping what people typed, and keeping text inside Block Kit's limits. */
final class Mrkdwn {
  /** Block Kit's limit for a section's text. */
  static final int SECTION_LIMIT = 3000;
  private static final int QUOTE_LIMIT = 200;

  private Mrkdwn() {}

  /** Escapes the three characters mrkdwn treats specially, so {@code <!channel>} shows as text and pings no one. */
  static String escape(String text) {
    return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Someone's words, quoted back safely: escaped, on one line, and not too long. */
  static String quote(String text) {
    String oneLine = text == null ? "" : text.replaceAll("\\s+", " ").strip();
    return escape(truncate(oneLine, QUOTE_LIMIT));
  }

  static String truncate(String text, int limit) {
    if (text.length() <= limit) {
      return text;
    }
    int end = limit - 1;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  /** Splits text into pieces of at most {@code limit} characters, at line breaks where it can. */
  static List<String> chunks(String text, int limit) {
    List<String> chunks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.strip().split("\n", -1)) {
      if (current.length() > 0 && current.length() + 1 + line.length() > limit) {
        chunks.add(current.toString());
        current.setLength(0);
      }
      if (current.length() > 0) {
        current.append('\n');
      }
      current.append(line);
      while (current.length() > limit) {
        int cut = cutPoint(current, limit);
        chunks.add(current.substring(0, cut));
        current.delete(0, cut);
      }
    }
    if (current.length() > 0) {
      chunks.add(current.toString());
    }
    return chunks;
  }

  /** Where to cut an over-long line: the last space before the limit, never inside a surrogate pair. */
  private static int cutPoint(CharSequence text, int limit) {
    for (int i = limit; i > limit / 2; i--) {
      if (text.charAt(i - 1) == ' ') {
        return i;
      }
    }
    return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
  }
}
