package com.partnershipbot.slack;

import java.util.regex.Pattern;

/** Who wrote a message, and what of it is the question: the bot answers people only, never bots or edits. */
final class Senders {
  private static final Pattern LEADING_MENTION = Pattern.compile("^\\s*<@[A-Z0-9]+(\\|[^>]*)?>");

  private Senders() {}

  /** True for a fresh message from a person: no bot id, no subtype (edits, joins, bot posts), not the bot itself. */
  static boolean isPerson(String user, String botId, String subtype, String botUserId) {
    return user != null && botId == null && subtype == null && !user.equals(botUserId);
  }

  /** The text without the mention that addressed the bot. */
  static String withoutBotMention(String text, String botUserId) {
    if (text == null) {
      return "";
    }
    String stripped = botUserId == null ? text
        : text.replaceAll("<@" + Pattern.quote(botUserId) + "(\\|[^>]*)?>", " ");
    return LEADING_MENTION.matcher(stripped).replaceFirst(" ").strip();
  }
}
