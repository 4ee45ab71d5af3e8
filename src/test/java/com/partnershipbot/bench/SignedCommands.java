package com.partnershipbot.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Slash-command requests signed as Slack signs them, cycling through a list of questions. */
final class SignedCommands {
  static final String SECRET = "bench-signing-secret-0123456789";

  private final URI endpoint;
  private final List<String> questions;
  private final boolean unique;
  private final AtomicInteger next = new AtomicInteger();
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(SignedCommands::newMac);

  SignedCommands(int port, List<String> questions) {
    this(port, questions, false);
  }

  /** With {@code unique}, each question gets a different number appended, so none is ever asked twice. */
  SignedCommands(int port, List<String> questions, boolean unique) {
    if (questions.isEmpty()) {
      throw new IllegalArgumentException("need at least one question");
    }
    this.endpoint = URI.create("http://127.0.0.1:" + port + "/slack/events");
    this.questions = List.copyOf(questions);
    this.unique = unique;
  }

  HttpRequest next() {
    int n = next.getAndIncrement();
    String question = questions.get(Math.floorMod(n, questions.size())) + (unique ? " " + n : "");
    String body = "token=unused&team_id=T0001&team_domain=example&channel_id=C0BENCH&channel_name=bench"
        + "&user_id=U0BENCH&user_name=bench&command=%2Fpartnership&text=" + URLEncoder.encode(question, StandardCharsets.UTF_8)
        + "&api_app_id=A0001&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fresponse&trigger_id=1.2.3";
    String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
    return HttpRequest.newBuilder(endpoint)
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-Slack-Request-Timestamp", timestamp)
        .header("X-Slack-Signature", sign(timestamp, body))
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }

  private String sign(String timestamp, String body) {
    Mac mac = macs.get();
    byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
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
