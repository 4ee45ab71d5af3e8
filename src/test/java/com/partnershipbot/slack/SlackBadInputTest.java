package com.partnershipbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnershipbot.answering.Json;
import com.partnershipbot.testing.LogCapture;
import com.partnershipbot.testing.Poll;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever arrives at /slack/events, signed or not, the answer is never a 5xx and the log gets one
 * line per refusal, without a stack trace or the caller's line breaks.
 */
class SlackBadInputTest {
  private static SlackHarness slack;
  private LogCapture log;

  @BeforeAll
  static void start() throws Exception {
    slack = new SlackHarness();
  }

  @AfterAll
  static void stop() throws Exception {
    slack.close();
  }

  @BeforeEach
  void capture() {
    log = LogCapture.open();
  }

  @AfterEach
  void release() {
    log.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/x-www-form-urlencoded; charset=bogus-cs", "application/json; charset=\"utf-9\"",
      "text/plain; charset=%%%"})
  void anUnknownCharsetIsRefusedWith415(String contentType) throws Exception {
    HttpResponse<String> response = slack.client.send("x=1", contentType, null, null, Map.of());

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(response.body()).isEqualTo("{\"error\":\"unsupported charset\"}");
    assertOneQuietLine("Refused POST /slack/events (415)");
  }

  @Test
  void aSignedBodyOverTheCapIsRefusedWith413BeforeItIsRead() throws Exception {
    String body = "text=" + "a".repeat(600 * 1024);

    try {
      HttpResponse<String> response = slack.client.post(body, "application/x-www-form-urlencoded", Map.of());
      assertThat(response.statusCode()).isEqualTo(413);
    } catch (java.io.IOException reset) {
      assertClosedWhileSending(reset);
    }
    Poll.until("the refusal in the log", () -> log.lines().stream().anyMatch(l -> l.contains("(413)")));
    assertOneQuietLine("Refused POST /slack/events (413)");
  }

  @Test
  void aChunkedBodyOverTheCapIsRefusedWith413WhileReading() throws Exception {
    byte[] chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create(slack.client.endpoint()))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.SequenceInputStream(
            java.util.Collections.enumeration(Stream.generate(() -> new java.io.ByteArrayInputStream(chunk))
                .limit(20).toList()))))
        .build();

    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(413);
    } catch (java.io.IOException reset) {
      assertClosedWhileSending(reset);
    }
    assertThat(log.noise()).isEmpty();
  }

  @Test
  void anUnsignedBodyIsRefusedWith401AndItsTextStaysOutOfTheLog() throws Exception {
    HttpResponse<String> response = slack.client.send("{\"type\":\"event_callback\",\"x\":\"secret\\nINFO forged\"}",
        "application/json", String.valueOf(SignedClient.now()), "v0=00", Map.of());

    assertThat(response.statusCode()).isEqualTo(401);
    assertOneQuietLine("Refused a request to /slack/events (401)");
    assertThat(String.join("\n", log.lines())).doesNotContain("forged");
  }

  @ParameterizedTest
  @ValueSource(strings = {"event_time", "text", "event", "authorizations", "type"})
  void aSignedEventWithAWronglyTypedFieldGets400AndIsNotDeliveredAgain(String field) throws Exception {
    ObjectNode body = (ObjectNode) Json.MAPPER.readTree(Payloads.mention("Ev-typed-" + field, "C0TYPED",
        "1700000100.000100", null, SignedClient.USER, "<@" + FakeSlackApi.BOT_USER_ID + "> is azure exclusive?"));
    ObjectNode target = field.equals("text") ? (ObjectNode) body.get("event") : body;
    if (field.equals("event_time") || field.equals("type")) {
      target.put(field, field.equals("type") ? "event_callback" : "x");
      target.putArray("x");
    }
    if (field.equals("event_time")) {
      target.put("event_time", "x");
    } else {
      target.putArray(field).add(1);
    }

    HttpResponse<String> response = slack.client.event(Json.write(body), Map.of());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("X-Slack-No-Retry")).hasValue("1");
    assertOneQuietLine("Refused a request to /slack/events (400): a signed body");
    slack.awaitRepliesSent();
    assertThat(slack.slackApi.calls("chat.postMessage", c -> "C0TYPED".equals(c.field("channel")))).isEmpty();
  }

  @Test
  void aSignedClickWithoutResponseUrlIsAcknowledgedWithoutAStackTrace() throws Exception {
    ObjectNode click = (ObjectNode) Json.MAPPER.readTree(Payloads.click(ActionIds.HELPFUL, "feedback", "azure-exclusivity",
        false, null, "message", "unused"));
    click.remove("response_url");

    HttpResponse<String> response = slack.client.action(Json.write(click));
    slack.awaitRepliesSent();

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(log.noise()).isEmpty();
    assertThat(log.lines()).anyMatch(line -> line.contains("the payload has no response_url"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"no action_id", "no actions"})
  void aSignedClickThatNamesNoActionGets400AndOneQuietLine(String fault) throws Exception {
    ObjectNode click = (ObjectNode) Json.MAPPER.readTree(Payloads.click(ActionIds.HELPFUL, "feedback",
        "azure-exclusivity", false, null, "message", slack.slackApi.responseUrl("nameless")));
    if (fault.equals("no actions")) {
      click.putArray("actions");
    } else {
      ((ObjectNode) click.get("actions").get(0)).remove("action_id");
    }

    HttpResponse<String> response = slack.client.action(Json.write(click));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("X-Slack-No-Retry")).hasValue("1");
    assertOneQuietLine("Refused a request to /slack/events (400): a signed body that is a button click without an action_id");
  }

  @Test
  void aClickOnAnUnknownButtonIsOneEscapedLogLine() throws Exception {
    HttpResponse<String> response = slack.client.action(Payloads.click("made-up\nERROR forged line", "b", "v",
        false, null, "message", slack.slackApi.responseUrl("unknown-button")));

    assertThat(response.statusCode()).isEqualTo(200);
    assertOneQuietLine("Ignored a click on a button the bot does not know (action id made-up\\nERROR forged line)");
  }

  @Test
  void aSignedPayloadOfAKindTheBotDoesNotHandleIsAcknowledged() throws Exception {
    HttpResponse<String> response = slack.client.action("{\"type\":\"view_submission\",\"team\":{\"id\":\"T0001\"},"
        + "\"user\":{\"id\":\"U0ASKER\",\"team_id\":\"T0001\"},\"api_app_id\":\"A0001\","
        + "\"view\":{\"id\":\"V1\",\"type\":\"modal\",\"callback_id\":\"cb\",\"team_id\":\"T0001\"}}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertOneQuietLine("Acknowledged and ignored a signed ViewSubmission payload");
  }

  /**
   * The 413 goes out while the client is still sending; the server then closes the connection, and
   * a client still writing may see the reset before it reads the answer (the refusal is in the log).
   */
  private static void assertClosedWhileSending(java.io.IOException reset) {
    assertThat(java.util.stream.Stream.iterate((Throwable) reset, e -> e != null, Throwable::getCause)
        .map(String::valueOf)).anyMatch(cause -> cause.contains("Broken pipe") || cause.contains("reset")
            || cause.contains("received no bytes"));
  }

  private void assertOneQuietLine(String start) {
    assertThat(log.noise()).isEmpty();
    assertThat(log.lines()).filteredOn(line -> line.contains(start)).hasSize(1);
  }
}
