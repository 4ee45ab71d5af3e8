package com.partnershipbot.bench;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Slash-command requests signed as Slack signs them, cycling through a list of questions. */
final class SignedCommands {
  static final String SECRET = SlackSigner.SECRET;

  private final SlackSigner signer;
  private final List<String> questions;
  private final boolean unique;
  private final AtomicInteger next = new AtomicInteger();

  SignedCommands(int port, List<String> questions) {
    this(port, questions, false);
  }

  /** With {@code unique}, each question gets a different number appended, so none is ever asked twice. */
  SignedCommands(int port, List<String> questions, boolean unique) {
    if (questions.isEmpty()) {
      throw new IllegalArgumentException("need at least one question");
    }
    this.signer = new SlackSigner(port);
    this.questions = List.copyOf(questions);
    this.unique = unique;
  }

  HttpRequest next() {
    int n = next.getAndIncrement();
    String question = questions.get(Math.floorMod(n, questions.size())) + (unique ? " " + n : "");
    String body = "token=unused&team_id=T0001&team_domain=example&channel_id=C0BENCH&channel_name=bench"
        + "&user_id=U0BENCH&user_name=bench&command=%2Fpartnership&text=" + URLEncoder.encode(question, StandardCharsets.UTF_8)
        + "&api_app_id=A0001&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fresponse&trigger_id=1.2.3";
    return signer.post("application/x-www-form-urlencoded", body);
  }
}
