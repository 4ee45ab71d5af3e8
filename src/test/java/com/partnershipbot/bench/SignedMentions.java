package com.partnershipbot.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnershipbot.answering.Json;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Signed {@code app_mention} events, each with its own event id and message ts, spread over a few
 * channels; the bot answers each one in a thread under it, through the Web API.
 */
final class SignedMentions {
  static final int CHANNELS = 8;
  private static final long BASE_SECONDS = 1_800_000_000L;

  private final SlackSigner signer;
  private final List<String> questions;
  private final String botUserId;
  private final AtomicInteger next = new AtomicInteger();

  SignedMentions(int port, List<String> questions, String botUserId) {
    this.signer = new SlackSigner(port);
    this.questions = List.copyOf(questions);
    this.botUserId = botUserId;
  }

  /** The next mention; {@code sent} receives the thread its reply is expected in. */
  HttpRequest next(Consumer<String> sent) {
    int n = next.getAndIncrement();
    String channel = String.format(Locale.ROOT, "C0SOAK%d", n % CHANNELS);
    String ts = String.format(Locale.ROOT, "%d.%06d", BASE_SECONDS + n / 1_000_000, n % 1_000_000);
    ObjectNode event = Json.MAPPER.createObjectNode().put("type", "app_mention").put("user", "U0ASKER")
        .put("text", "<@" + botUserId + "> " + questions.get(n % questions.size())).put("ts", ts)
        .put("channel", channel).put("event_ts", ts);
    ObjectNode body = Json.MAPPER.createObjectNode().put("token", "unused").put("team_id", "T0001")
        .put("api_app_id", "A0001").put("type", "event_callback").put("event_id", "Ev0SOAK" + n)
        .put("event_time", System.currentTimeMillis() / 1000);
    body.set("event", event);
    body.putArray("authorizations").addObject().put("team_id", "T0001").put("user_id", botUserId)
        .put("is_bot", true);
    sent.accept(FakeWebApi.thread(channel, ts));
    return signer.post("application/json", Json.write(body));
  }
}
