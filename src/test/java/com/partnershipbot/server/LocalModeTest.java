package com.partnershipbot.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnershipbot.answering.Json;
import com.partnershipbot.env.Env;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** With no Slack or Teams credentials the bot still serves health and a local ask endpoint. */
class LocalModeTest {
  private static Application app;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    app = Application.start(new Env(Map.of("PORT", "0", "BOT_CONFIG_DIR", "bot-config")));
  }

  @AfterAll
  static void stop() throws Exception {
    app.close();
  }

  @Test
  void healthReportsTheConfigVersion() throws Exception {
    HttpResponse<String> response = get("/healthz");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = Json.MAPPER.readTree(response.body());
    assertThat(body.get("configVersion").asText()).isEqualTo(app.config().get().knowledge().version()).hasSize(12);
  }

  @Test
  void askAnswersATopicKey() throws Exception {
    HttpResponse<String> response = get("/api/ask?q=" + URLEncoder.encode("AWS", StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = Json.MAPPER.readTree(response.body());
    assertThat(body.get("outcome").asText()).isEqualTo("ANSWER");
    assertThat(body.get("id").asText()).isEqualTo("third-parties");
  }

  @Test
  void askWithoutAQuestionIsABadRequestWithAReason() throws Exception {
    HttpResponse<String> response = get("/api/ask");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("?q=");
  }

  @Test
  void unknownPathsGetAShortJsonNotFound() throws Exception {
    HttpResponse<String> response = get("/nope");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("{\"error\":\"not found\"}");
  }

  @Test
  void postToAnUnknownPathIsNotFoundToo() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/slack/event"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("{\"error\":\"not found\"}");
  }

  private static HttpResponse<String> get(String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
