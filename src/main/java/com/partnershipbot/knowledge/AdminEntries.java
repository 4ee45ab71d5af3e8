package com.partnershipbot.knowledge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one entry of {@code admins:} in bot.yml: a Slack user id as today ({@code U012AB3CD}), or a
 * one-field section naming the platform, {@code slack: U012AB3CD} or {@code teams: <AAD object id>}.
 * Entries are kept as text: Slack ids as written, Teams ids as {@code teams:<id>} in lowercase. An
 * entry of any other shape is kept as {@link #UNREADABLE} so the settings rules can say where it is.
 */
final class AdminEntries extends JsonDeserializer<String> {
  static final String TEAMS_PREFIX = "teams:";
  static final String UNREADABLE = "\u0000unreadable";
  static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
  static final String SYNTAX = "a Slack user id such as U012AB3CD (or 'slack: U012AB3CD'), or 'teams: ' followed "
      + "by a Teams user's Microsoft Entra (AAD) object id, a GUID such as 6f1e2d3c-0000-4000-8000-00000000abcd";

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    JsonNode node = parser.readValueAsTree();
    if (node != null && node.isTextual()) {
      return normalise(node.asText());
    }
    if (node != null && node.isObject() && node.size() == 1) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      Map.Entry<String, JsonNode> field = fields.next();
      String platform = field.getKey().strip().toLowerCase(Locale.ROOT);
      if (field.getValue().isTextual() && ("slack".equals(platform) || "teams".equals(platform))) {
        return normalise(platform + ":" + field.getValue().asText());
      }
    }
    return UNREADABLE;
  }

  /** {@code slack: X} is the plain Slack form; a Teams id keeps its prefix, in lowercase. */
  static String normalise(String entry) {
    String text = entry.strip();
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("slack:")) {
      return text.substring("slack:".length()).strip();
    }
    if (lower.startsWith(TEAMS_PREFIX)) {
      return TEAMS_PREFIX + text.substring(TEAMS_PREFIX.length()).strip().toLowerCase(Locale.ROOT);
    }
    return text;
  }

  static boolean isTeams(String entry) {
    return entry.startsWith(TEAMS_PREFIX);
  }

  /** Why an entry cannot be used, or null when it can. */
  static String problem(String entry) {
    if (UNREADABLE.equals(entry)) {
      return "must be " + SYNTAX;
    }
    if (isTeams(entry)) {
      String id = entry.substring(TEAMS_PREFIX.length());
      return GUID.matcher(id).matches() ? null
          : "has a Teams id that is not an AAD object id ('" + id + "'); write 'teams: ' and the user's object id, "
              + "a GUID such as 6f1e2d3c-0000-4000-8000-00000000abcd (Teams admin center or Entra ID > Users)";
    }
    if (entry.isBlank()) {
      return "is empty; write " + SYNTAX;
    }
    if (GUID.matcher(entry).matches()) {
      return "looks like a Teams user's AAD object id; write it as 'teams: " + entry + "' so it is not taken for "
          + "a Slack user id";
    }
    return null;
  }
}
