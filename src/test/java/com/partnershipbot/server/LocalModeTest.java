package com.partnershipbot.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnershipbot.answering.Json;
import com.partnershipbot.testing.ClassHarness;
import com.partnershipbot.testing.ServeEnv;
import com.partnershipbot.testing.TestConfig;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With no Slack or Teams credentials the bot still serves health and a local ask endpoint. */
class LocalModeTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @RegisterExtension
  static final ClassHarness<Application> bot = ClassHarness.of(folder -> Application.start(
      ServeEnv.in(folder, TestConfig.SMALL_FAQ).settings()));

  @Test
  void healthReportsTheConfigVersion() throws Exception {
    HttpResponse<String> response = get("/healthz");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = Json.MAPPER.readTree(response.body());
    assertThat(body.get("configVersion").asText()).isEqualTo(bot.get().config().get().knowledge().version()).hasSize(12);
  }

  @Test
  void metricsShowTheJvmJettysThreadPoolAndTheConnectionPool() throws Exception {
    get("/api/ask?q=stargate");
    HttpResponse<String> response = get("/metrics");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("jvm_memory_used_bytes{", "jvm_gc_", "jvm_threads_live_threads",
        "process_cpu_usage", "process_uptime_seconds", "jetty_threads_busy", "jetty_threads_config_max",
        "hikaricp_connections{pool=\"records\"", "hikaricp_connections_max{pool=\"records\"");
  }

  @Test
  void askAnswersAnAliasWithTheAnswersTitleAndText() throws Exception {
    HttpResponse<String> response = get("/api/ask?q=" + URLEncoder.encode("Stargate", StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = Json.MAPPER.readTree(response.body());
    assertThat(body.get("outcome").asText()).isEqualTo("ANSWER");
    assertThat(body.get("id").asText()).isEqualTo("compute");
    assertThat(body.get("title").asText()).isEqualTo("Compute beyond Azure");
    assertThat(body.get("text").asText()).startsWith("*OpenAI may commit to compute beyond Azure");
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
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.get().port() + "/slack/event"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("{\"error\":\"not found\"}");
  }

  private static HttpResponse<String> get(String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.get().port() + path)).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
