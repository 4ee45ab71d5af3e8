package com.partnershipbot.tryit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.util.StringUtil;

/** Escaping for text and attributes, and the small formats the page repeats. */
final class Html {
  private Html() {}

  /** Text or an attribute value, with every character that could start markup escaped. */
  static String text(String value) {
    return value == null ? "" : StringUtil.sanitizeXmlString(value);
  }

  /** A link that asks the given question on the page it is on. */
  static String askHref(String question) {
    return "?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8);
  }

  static String score(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
