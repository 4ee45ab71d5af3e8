package com.partnershipbot.teams;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.partnershipbot.answering.Json;
import com.partnershipbot.server.Application;
import com.partnershipbot.testing.LogCapture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bearer tokens of every broken shape get 401, one log line each, never a 5xx or a stack trace. */
class TeamsBadTokenTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static FakeMicrosoft microsoft;
  private static Application app;
  private LogCapture log;

  @TempDir
  static Path folder;

  @BeforeAll
  static void start() throws Exception {
    microsoft = new FakeMicrosoft();
    app = microsoft.teamsEnv(folder).start();
  }

  @AfterAll
  static void stop() throws Exception {
    app.close();
    microsoft.close();
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
  @ValueSource(strings = {"null", "[]", "\"text\"", "1", "{}", "not json", "{\"alg\":1}", "{\"alg\":null}",
      "{\"alg\":\"RS256\"}", "{\"alg\":\"RS256\",\"kid\":5}", "{\"alg\":\"RS256\",\"kid\":null}",
      "{\"alg\":\"none\",\"kid\":\"key-teams\"}", "{\"alg\":\"HS256\",\"kid\":\"key-teams\"}",
      "{\"alg\":\"RS256\",\"kid\":\"key-teams\",\"crit\":[\"x\"]}", "{\"alg\":\"RS256\",\"kid\":\"key-teams\",\"jwk\":7}"})
  void aTokenWithABrokenHeaderIsRefusedWith401(String header) throws Exception {
    assertRefused(encode(header) + ".e30.e30");
  }

  @ParameterizedTest
  @ValueSource(strings = {"bnVsbA.e30.e30", "a.b", "...", "e30", "e30.e30.e30.e30.e30", "%%%.%%%.%%%", "e30..",
      ".e30.", "eyJhbGciOiJSUzI1NiJ9.bnVsbA.AAAA"})
  void aTokenThatIsNotAJwtIsRefusedWith401(String token) throws Exception {
    assertRefused(token);
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "[]", "{\"iss\":5}", "{\"iss\":\"https://api.botframework.com\",\"aud\":{}}",
      "{\"iss\":\"https://api.botframework.com\",\"aud\":\"" + BotFrameworkTokens.APP_ID + "\",\"exp\":\"soon\"}",
      "{\"iss\":\"https://api.botframework.com\",\"aud\":\"" + BotFrameworkTokens.APP_ID + "\",\"exp\":4102444800,"
          + "\"nbf\":[1]}",
      "{\"iss\":\"https://api.botframework.com\",\"aud\":[\"" + BotFrameworkTokens.APP_ID + "\",3],\"exp\":4102444800}"})
  void aSignedTokenWithClaimsOfTheWrongTypeIsRefusedWith401(String claims) throws Exception {
    JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(FakeMicrosoft.TEAMS_KEY.getKeyID())
        .build(), new Payload(claims));
    jws.sign(new RSASSASigner(FakeMicrosoft.TEAMS_KEY));

    assertRefused(jws.serialize());
  }

  @Test
  void aLineBreakInTheChannelIdStaysOnOneLogLine() throws Exception {
    ObjectNode activity = Activities.personalMessage(microsoft.serviceUrl(), UUID.randomUUID().toString(), "help");
    activity.put("channelId", "msteams\nERROR forged line");
    String token = BotFrameworkTokens.sign(FakeMicrosoft.TEAMS_KEY,
        BotFrameworkTokens.claims(microsoft.serviceUrl()).build());

    HttpResponse<String> response = post(token, Json.write(activity));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(log.noise()).isEmpty();
    assertThat(log.lines()).anyMatch(line -> line.endsWith("channel msteams\\nERROR forged line"));
  }

  private void assertRefused(String token) throws Exception {
    ObjectNode activity = Activities.personalMessage(microsoft.serviceUrl(), UUID.randomUUID().toString(), "help");

    HttpResponse<String> response = post(token, Json.write(activity));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).startsWith("{\"error\":\"unauthorized: ");
    assertThat(log.noise()).isEmpty();
    assertThat(log.lines()).filteredOn(line -> line.contains("Refused a request to /api/messages")).hasSize(1);
  }

  private static String encode(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> post(String token, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/messages"))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
