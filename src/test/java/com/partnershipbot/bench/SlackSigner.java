package com.partnershipbot.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Requests to /slack/events signed as Slack signs them (v0, HMAC-SHA256 of timestamp and body). */
final class SlackSigner {
  static final String SECRET = "bench-signing-secret-0123456789";

  private final URI endpoint;
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(SlackSigner::newMac);

  SlackSigner(int port) {
    this.endpoint = URI.create("http://127.0.0.1:" + port + "/slack/events");
  }

  /** A signed POST of {@code body}, stamped now. */
  HttpRequest post(String contentType, String body) {
    String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
    return HttpRequest.newBuilder(endpoint)
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", contentType)
        .header("X-Slack-Request-Timestamp", timestamp)
        .header("X-Slack-Signature", sign(timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }

  private String sign(String timestamp, String body) {
    byte[] digest = macs.get().doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
    return "v0=" + HexFormat.of().formatHex(digest);
  }

  private static Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
