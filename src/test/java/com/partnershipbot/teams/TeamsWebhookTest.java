package com.partnershipbot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnershipbot.answering.Json;
import com.partnershipbot.server.Application;
import com.partnershipbot.testing.ClassHarness;
import com.partnershipbot.testing.ServeEnv;
import com.partnershipbot.testing.TestConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A Teams outgoing webhook, signed the way Teams signs it, is answered in the response. */
class TeamsWebhookTest {
  private static final byte[] KEY = "a security token Teams shows once".getBytes(StandardCharsets.UTF_8);
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @RegisterExtension
  static final ClassHarness<Application> bot = ClassHarness.of(folder -> ServeEnv.in(folder,
      TestConfig.FAQ).with("TEAMS_WEBHOOK_SECRET", Base64.getEncoder().encodeToString(KEY)).start());

  @Test
  void answersASignedMentionInTheResponse() throws Exception {
    byte[] body = message("<at>Partnership</at>&nbsp;is azure still exclusive?\n");

    HttpResponse<String> response = post(body, "HMAC " + hmac(KEY, body));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode reply = Json.MAPPER.readTree(response.body());
    assertThat(reply.path("type").asText()).isEqualTo("message");
    assertThat(reply.path("text").asText())
        .startsWith("**Where the stateless APIs are hosted**\n\n**The stateless APIs are hosted on Azure alone.**")
        .contains("\n\n- Buying them from either company does not move them.", "_Source: Small FAQ source");
  }

  @Test
  void verifiesTheSignatureOverTheRawUtf8Bytes() throws Exception {
    byte[] body = message("<at>Partnership</at> Café • is azure still exclusive?");

    assertThat(post(body, "HMAC " + hmac(KEY, body)).statusCode()).isEqualTo(200);
  }

  @Test
  void refusesAWrongSignature() throws Exception {
    byte[] body = message("<at>Partnership</at> help");

    HttpResponse<String> response = post(body, "HMAC " + hmac("another key".getBytes(StandardCharsets.UTF_8), body));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("HMAC signature does not match");
  }

  @Test
  void refusesASignatureOfAnotherBody() throws Exception {
    String signature = hmac(KEY, message("<at>Partnership</at> help"));

    assertThat(post(message("<at>Partnership</at> tell me everything"), "HMAC " + signature).statusCode())
        .isEqualTo(401);
  }

  @Test
  void refusesAnUnsignedRequest() throws Exception {
    assertThat(post(message("help"), null).statusCode()).isEqualTo(401);
  }

  @Test
  void aSignedBodyThatIsNotJsonIsABadRequestThatSaysSo() throws Exception {
    byte[] body = "text=help".getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> response = post(body, "HMAC " + hmac(KEY, body));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("not valid JSON");
  }

  @Test
  void webhookOnlyLeavesTheBotEndpointOff() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri("/api/messages"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
    assertThat(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isIn(404, 405);
  }

  private static byte[] message(String text) {
    ObjectNode activity = Activities.base("https://smba.trafficmanager.net/amer/", "message", "1",
        "19:channel@thread.skype;messageid=1", "channel");
    activity.put("text", text);
    return Json.write(activity).getBytes(StandardCharsets.UTF_8);
  }

  private static String hmac(byte[] key, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(body));
  }

  private static HttpResponse<String> post(byte[] body, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/teams-webhook"))
        .header("Content-Type", "application/json; charset=utf-8")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + bot.get().port() + path);
  }
}
