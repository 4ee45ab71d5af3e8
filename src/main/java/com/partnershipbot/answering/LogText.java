package com.partnershipbot.answering;

/** Caller-supplied text made safe for one log line: control characters escaped, length bounded. */
public final class LogText {
  static final int MAX_CHARS = 120;

  private LogText() {}

  /** CR, LF, tab and every other control character escaped (\n, \r, \t, \u001b), at most 120 characters. */
  public static String of(String text) {
    if (text == null) {
      return "(none)";
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARS) + 8);
    for (int i = 0; i < text.length() && out.length() < MAX_CHARS; i++) {
      appendEscaped(out, text.charAt(i));
    }
    return out.length() < MAX_CHARS || text.length() <= MAX_CHARS ? out.toString() : out + "…";
  }

  private static void appendEscaped(StringBuilder out, char c) {
    switch (c) {
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default -> {
        if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
  }
}
