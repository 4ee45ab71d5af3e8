package com.partnershipbot.slack;

import java.util.regex.Pattern;

/**
 * Reads the question out of Slack's message text: mentions, channel links and pings such as
 * {@code <!here>} are dropped, links keep their label, and Slack's three entities are decoded.
 */
final class SlackText {
  private static final Pattern PING = Pattern.compile("<[@!#][^>]*>");
  private static final Pattern LINK_WITH_LABEL = Pattern.compile("<(?:https?|mailto):[^|>]*\\|([^>]*)>");
  private static final Pattern LINK = Pattern.compile("<(?:https?|mailto):[^>]*>");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private SlackText() {}

  static String question(String text) {
    if (text == null) {
      return "";
    }
    String plain = PING.matcher(text).replaceAll(" ");
    plain = LINK_WITH_LABEL.matcher(plain).replaceAll("$1");
    plain = LINK.matcher(plain).replaceAll(" ");
    plain = plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    return SPACES.matcher(plain).replaceAll(" ").strip();
  }
}
