package com.partnershipbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.testing.ClassHarness;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only requests Slack signed get in: bad or missing signatures and stale timestamps get 401, junk gets 400. */
class RequestVerificationTest {
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String COMMAND = "command=%2Fpartnership&text=azure&user_id=U1&channel_id=C1"
      + "&team_id=T0001&response_url=http%3A%2F%2F127.0.0.1%3A1%2Fresponse";
  @RegisterExtension
  static final ClassHarness<SlackHarness> harness = ClassHarness.of(folder -> new SlackHarness());

  @Test
  void aCorrectlySignedCommandIsAnswered() throws Exception {
    assertThat(harness.get().client.post(COMMAND, FORM, Map.of()).statusCode()).isEqualTo(200);
  }

  @Test
  void aBadSignatureIsRefused() throws Exception {
    String timestamp = String.valueOf(SignedClient.now());
    String wrong = SignedClient.sign("another-secret", timestamp, COMMAND);

    HttpResponse<String> response = harness.get().client.send(COMMAND, FORM, timestamp, wrong, Map.of());

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("{\"error\":\"invalid request\"}");
  }

  @Test
  void aSignatureForADifferentBodyIsRefused() throws Exception {
    String timestamp = String.valueOf(SignedClient.now());
    String signature = SignedClient.sign(SignedClient.SECRET, timestamp, COMMAND);

    HttpResponse<String> response = harness.get().client.send(COMMAND.replace("azure", "agi"), FORM, timestamp, signature, Map.of());

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @ParameterizedTest
  @ValueSource(longs = {-300, -3600, 300, 3600})
  void aTimestampFiveMinutesOrMoreAwayIsRefusedEvenWhenSigned(long offsetSeconds) throws Exception {
    String timestamp = String.valueOf(SignedClient.now() + offsetSeconds);
    String signature = SignedClient.sign(SignedClient.SECRET, timestamp, COMMAND);

    assertThat(harness.get().client.send(COMMAND, FORM, timestamp, signature, Map.of()).statusCode()).isEqualTo(401);
  }

  @Test
  void missingHeadersAreRefused() throws Exception {
    String timestamp = String.valueOf(SignedClient.now());
    String signature = SignedClient.sign(SignedClient.SECRET, timestamp, COMMAND);

    assertThat(harness.get().client.send(COMMAND, FORM, null, null, Map.of()).statusCode()).isEqualTo(401);
    assertThat(harness.get().client.send(COMMAND, FORM, timestamp, null, Map.of()).statusCode()).isEqualTo(401);
    assertThat(harness.get().client.send(COMMAND, FORM, null, signature, Map.of()).statusCode()).isEqualTo(401);
    assertThat(harness.get().client.send(COMMAND, FORM, "not-a-number", signature, Map.of()).statusCode()).isEqualTo(401);
  }

  @Test
  void aNonAsciiEventBodyVerifiesAndIsAnswered() throws Exception {
    String body = Payloads.mention("Ev-accents", "C0ACCENT", "1700000009.000100", null, SignedClient.USER,
        "<@" + FakeSlackApi.BOT_USER_ID + "> azure: l'exclusivité est-elle maintenue? é• ");
    assertThat(body).contains("é•");

    HttpResponse<String> response = harness.get().client.event(body, Map.of());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(harness.get().slackApi.await("chat.postMessage", c -> "C0ACCENT".equals(c.field("channel")), 1)).hasSize(1);
  }

  @Test
  void aNonAsciiCommandVerifies() throws Exception {
    HttpResponse<String> response = harness.get().client.command("exclusivité é• azure", harness.get().slackApi.responseUrl("accents"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("exclusivit");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"type\":\"event_callback\",\"event\":", "payload=%7Bnot-json", "{\"type\":\"event_callback\"}",
      "[1,2,3]", "payload=%7B%22type%22%3A%22block_actions%22%7D"})
  void bodiesThatAreNotSlackPayloadsGetAClientErrorNotAServerError(String body) throws Exception {
    String type = body.startsWith("payload=") ? FORM : "application/json";

    HttpResponse<String> response = harness.get().client.post(body, type, Map.of());

    assertThat(response.statusCode()).isBetween(400, 499);
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("at com.");
  }

  @Test
  void getIsNotAllowed() throws Exception {
    HttpRequest get = HttpRequest.newBuilder(URI.create(harness.get().client.endpoint())).build();

    HttpResponse<String> response = HttpClient.newHttpClient().send(get, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(List.of(response.body())).doesNotContain("<html>");
  }
}
