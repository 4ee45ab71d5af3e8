package com.partnershipbot.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.util.SlackRequestParser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A slash command's form body, read as Bolt's request parser reads it and made into the same
 * request. Bolt reads such a body three times (for a JSON payload, for a command, then for the
 * fields), compiling a regular expression for every field each time: a quarter of the bot's time
 * per command at saturation. This reads the keys once and the values once. Anything that is not a
 * slash command's form (JSON, an interaction's {@code payload=}, no {@code command} field) is left
 * to Bolt's parser.
 */
final class SlashCommandForm {
  private final AppConfig config;

  SlashCommandForm(AppConfig config) {
    this.config = config;
  }

  /**
   * The request Bolt's parser would make of {@code http}, or empty when it would not make a slash
   * command of it. A malformed %-escape throws {@link IllegalArgumentException}, as it does in Bolt.
   */
  Optional<SlashCommandRequest> parse(SlackRequestParser.HttpRequest http) {
    return payload(http.getRequestBody()).map(payload -> request(http, payload));
  }

  /** Bolt's fields of a slash command's form, or empty when the body is not one. */
  static Optional<SlashCommandPayload> payload(String body) {
    String trimmed = body == null ? "" : body.trim();
    if (trimmed.isEmpty() || trimmed.charAt(0) == '{' || trimmed.charAt(0) == '[') {
      return Optional.empty();
    }
    List<Field> fields = new ArrayList<>();
    // keys in order, each decoded once: as in Bolt, a payload key ends the reading before a later key that does not decode
    for (String[] pair : pairs(body)) {
      Field field = new Field(key(pair[0]), pair[1]);
      if (field.key().equals("payload")) {
        return Optional.empty();
      }
      fields.add(field);
    }
    if (fields.stream().noneMatch(field -> field.key().equals("command"))) {
      return Optional.empty();
    }
    SlashCommandPayload payload = new SlashCommandPayload();
    fields.forEach(field -> set(payload, field.key(), URLDecoder.decode(field.value(), StandardCharsets.UTF_8)));
    return Optional.of(payload);
  }

  /** A field's decoded key and its value as sent: values are decoded only once the body is known to be a command. */
  private record Field(String key, String value) {}

  /** After the parse, what Bolt's parser does to every request it makes over HTTP. */
  private SlashCommandRequest request(SlackRequestParser.HttpRequest http, SlashCommandPayload payload) {
    SlashCommandRequest request = new SlashCommandRequest(http.getRequestBody(), payload, http.getHeaders());
    request.setSocketMode(false);
    request.updateContext(config);
    Map<String, List<String>> query = http.getQueryString();
    if (query != null) {
      query.forEach((name, values) -> {
        List<String> merged = request.getQueryString().get(name);
        merged = merged == null ? new ArrayList<>() : merged;
        merged.addAll(values);
        request.getQueryString().put(name, merged);
      });
    }
    String forwarded = http.getHeaders().getFirstValue("X-FORWARDED-FOR");
    request.setClientIpAddress(forwarded != null ? forwarded : http.getRemoteAddress());
    return request;
  }

  /** The {@code key=value} pairs, split as Bolt splits them: a pair without exactly one value is skipped. */
  private static List<String[]> pairs(String body) {
    List<String[]> pairs = new ArrayList<>();
    for (String field : body.split("\\&")) {
      String[] pair = field.split("=");
      if (pair.length == 2) {
        pairs.add(pair);
      }
    }
    return pairs;
  }

  /** As Bolt decodes a key: trimmed, line breaks dropped, then URL-decoded. */
  private static String key(String raw) {
    String trimmed = raw.trim();
    return URLDecoder.decode(trimmed.indexOf('\n') < 0 ? trimmed : trimmed.replace("\n", ""), StandardCharsets.UTF_8);
  }

  private static void set(SlashCommandPayload payload, String key, String value) {
    switch (key) {
      case "token" -> payload.setToken(value);
      case "team_id" -> payload.setTeamId(value);
      case "team_domain" -> payload.setTeamDomain(value);
      case "enterprise_id" -> payload.setEnterpriseId(value);
      case "enterprise_name" -> payload.setEnterpriseName(value);
      case "api_app_id" -> payload.setApiAppId(value);
      case "channel_id" -> payload.setChannelId(value);
      case "channel_name" -> payload.setChannelName(value);
      case "user_id" -> payload.setUserId(value);
      case "user_name" -> payload.setUserName(value);
      case "command" -> payload.setCommand(value);
      case "text" -> payload.setText(value);
      case "response_url" -> payload.setResponseUrl(value);
      case "trigger_id" -> payload.setTriggerId(value);
      case "is_enterprise_install" -> payload.setEnterpriseInstall(value.trim().toLowerCase(Locale.ENGLISH)
          .equals("true"));
      default -> { }
    }
  }
}
