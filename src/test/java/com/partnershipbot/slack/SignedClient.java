package com.partnershipbot.slack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends requests to /slack/events the way Slack does: the raw UTF-8 body signed with v0
 * HMAC-SHA256 over {@code v0:timestamp:body}, with X-Slack-Request-Timestamp and X-Slack-Signature.
 */
final class SignedClient {
  static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  static final String CHANNEL = "C0CHANNEL";
  static final String USER = "U0ASKER";

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI endpoint;
  private final String secret;

  SignedClient(String baseUrl, String secret) {
    this.endpoint = URI.create(baseUrl + "/slack/events");
    this.secret = secret;
  }

  String endpoint() {
    return endpoint.toString();
  }

  static long now() {
    return System.currentTimeMillis() / 1000;
  }

  /** A slash command as Slack posts it, with its response_url pointing wherever the test says. */
  HttpResponse<String> command(String text, String responseUrl) throws IOException, InterruptedException {
    return commandAs(USER, text, responseUrl);
  }

  /** The same, typed by {@code user}. */
  HttpResponse<String> commandAs(String user, String text, String responseUrl) throws IOException, InterruptedException {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", "verification-token-unused");
    form.put("team_id", "T0001");
    form.put("team_domain", "example");
    form.put("channel_id", CHANNEL);
    form.put("channel_name", "general");
    form.put("user_id", user);
    form.put("user_name", "asker");
    form.put("command", "/partnership");
    form.put("text", text);
    form.put("api_app_id", "A0001");
    form.put("response_url", responseUrl);
    form.put("trigger_id", "13345224609.738474920.8088930838d88f008e0");
    return post(formBody(form), "application/x-www-form-urlencoded", Map.of());
  }

  /** An interactivity payload (block_actions), form-encoded as {@code payload=...}. */
  HttpResponse<String> action(String payloadJson) throws IOException, InterruptedException {
    return post("payload=" + URLEncoder.encode(payloadJson, StandardCharsets.UTF_8), "application/x-www-form-urlencoded", Map.of());
  }

  /** An Events API callback; extra headers such as X-Slack-Retry-Num may be added. */
  HttpResponse<String> event(String json, Map<String, String> headers) throws IOException, InterruptedException {
    return post(json, "application/json", headers);
  }

  HttpResponse<String> post(String body, String contentType, Map<String, String> headers)
      throws IOException, InterruptedException {
    String timestamp = String.valueOf(now());
    return send(body, contentType, timestamp, sign(secret, timestamp, body), headers);
  }

  HttpResponse<String> send(String body, String contentType, String timestamp, String signature,
      Map<String, String> headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.getBytes(StandardCharsets.UTF_8)));
    if (timestamp != null) {
      request.header("X-Slack-Request-Timestamp", timestamp);
    }
    if (signature != null) {
      request.header("X-Slack-Signature", signature);
    }
    headers.forEach(request::header);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String sign(String secret, String timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] base = ("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8);
      mac.update(base);
      return "v0=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String formBody(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
