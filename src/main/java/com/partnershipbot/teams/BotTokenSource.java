package com.partnershipbot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnershipbot.answering.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The bot's own access token for the Bot Connector, from Microsoft's client-credentials flow.
 * Cached, and fetched again shortly before it expires (or when the connector refuses it).
 */
final class BotTokenSource {
  static final String SCOPE = "https://api.botframework.com/.default";
  static final Duration EARLY_REFRESH = Duration.ofMinutes(5);

  private final TeamsSettings settings;
  private final HttpClient http;
  private final Clock clock;
  private String token;
  private Instant refreshAt = Instant.MIN;

  BotTokenSource(TeamsSettings settings, HttpClient http, Clock clock) {
    this.settings = settings;
    this.http = http;
    this.clock = clock;
  }

  synchronized String token() throws TeamsCallException {
    if (token == null || !clock.instant().isBefore(refreshAt)) {
      fetch();
    }
    return token;
  }

  /** Forgets the cached token, so the next call fetches a fresh one. */
  synchronized void invalidate() {
    token = null;
  }

  private void fetch() throws TeamsCallException {
    JsonNode body = post();
    JsonNode accessToken = body.path("access_token");
    if (!accessToken.isTextual()) {
      throw new TeamsCallException("Microsoft login answered without an access_token");
    }
    Duration lifetime = Duration.ofSeconds(body.path("expires_in").asLong(0));
    Duration margin = lifetime.compareTo(EARLY_REFRESH.multipliedBy(2)) > 0 ? EARLY_REFRESH : lifetime.dividedBy(2);
    token = accessToken.asText();
    refreshAt = clock.instant().plus(lifetime).minus(margin);
  }

  private JsonNode post() throws TeamsCallException {
    HttpRequest request = HttpRequest.newBuilder(settings.tokenUrl())
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form()))
        .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new TeamsCallException("Microsoft login refused the bot's credentials (HTTP " + response.statusCode()
            + errorCode(response.body()) + "): check TEAMS_APP_ID, TEAMS_APP_PASSWORD and TEAMS_TENANT_ID");
      }
      return Json.MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new TeamsCallException("cannot reach Microsoft login at " + settings.tokenUrl() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TeamsCallException("interrupted while fetching the bot's token");
    }
  }

  private String form() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("grant_type", "client_credentials");
    fields.put("client_id", settings.appId());
    fields.put("client_secret", settings.appPassword());
    fields.put("scope", SCOPE);
    return fields.entrySet().stream()
        .map(f -> f.getKey() + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String errorCode(String body) {
    try {
      JsonNode error = Json.MAPPER.readTree(body).path("error");
      return error.isTextual() ? ", " + error.asText() : "";
    } catch (IOException e) {
      return "";
    }
  }
}
