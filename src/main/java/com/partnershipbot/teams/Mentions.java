package com.partnershipbot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/** Reads the question out of a Teams message: without the bot's own @mention, tags and HTML entities. */
final class Mentions {
  private static final Pattern AT_TAG = Pattern.compile("</?at>");
  private static final Pattern LEADING_AT = Pattern.compile("^\\s*<at>[^<]*</at>");

  private Mentions() {}

  /** True when the message @mentions the bot (a mention entity whose mentioned.id is the recipient). */
  static boolean mentionsBot(Activity activity) {
    for (JsonNode entity : activity.entities()) {
      if (isOwnMention(entity, activity.recipientId())) {
        return true;
      }
    }
    return false;
  }

  /** The text with the bot's own mention removed; other people's names stay, without their tags. */
  static String question(Activity activity) {
    String text = activity.text();
    for (JsonNode entity : activity.entities()) {
      if (isOwnMention(entity, activity.recipientId()) && entity.path("text").isTextual()) {
        text = text.replace(entity.path("text").asText(), " ");
      }
    }
    return clean(text);
  }

  /** For outgoing webhooks, whose payload names no recipient: drops the leading @mention. */
  static String withoutLeadingMention(String text) {
    return clean(LEADING_AT.matcher(text).replaceFirst(" "));
  }

  private static boolean isOwnMention(JsonNode entity, String botId) {
    return "mention".equals(entity.path("type").asText()) && botId != null
        && botId.equals(entity.path("mentioned").path("id").asText());
  }

  private static String clean(String text) {
    return AT_TAG.matcher(text).replaceAll("")
        .replace("&nbsp;", " ").replace("\u00a0", " ")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
        .replaceAll("\\s+", " ").strip();
  }
}
