package com.partnershipbot.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnershipbot.answering.Json;
import com.partnershipbot.answering.Platform;
import com.partnershipbot.env.SettingsException;
import com.partnershipbot.storage.DatabaseSettings;
import com.partnershipbot.testing.Poll;
import com.partnershipbot.testing.ServeEnv;
import com.partnershipbot.testing.TestConfig;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The running bot, over real HTTP: live reload, a refused config, reloads under load, metrics, a database outage. */
class AdminLoopTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir
  Path tempDir;

  private Application app;
  private Path configDir;

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void aLiveEditIsServedAndHealthSaysSo() throws Exception {
    start(Map.of());
    assertThat(ask("zebra crossing").get("outcome").asText()).isEqualTo("NO_ANSWER");

    TestConfig.edit(configDir.resolve("answers/azure.yml"), t -> t.replace("aliases:\n", "aliases:\n  - zebra crossing\n"));

    Poll.until("the edit is served", () -> "azure".equals(ask("zebra crossing").path("id").asText()));
    JsonNode health = Poll.value("the reload shows in /healthz", () -> json(get("/healthz")),
        h -> "file change".equals(h.get("lastReload").get("requestedBy").asText()));
    assertThat(health.get("configVersion").asText()).isEqualTo(app.config().get().knowledge().version());
    assertThat(health.get("lastReload").get("result").asText()).isEqualTo("applied");
  }

  @Test
  void aBrokenEditIsRefusedWhileTheLastGoodKeepsServing() throws Exception {
    start(Map.of());
    String good = app.config().get().knowledge().version();
    TestConfig.edit(configDir.resolve("bot.yml"), t -> t.replaceFirst("answer_threshold: [0-9.]+", "answer_threshold: 6"));

    JsonNode health = Poll.value("the refusal shows in /healthz", () -> json(get("/healthz")),
        h -> "refused".equals(h.get("lastReload").get("result").asText()));
    assertThat(health.get("lastReload").get("errors").asInt()).isEqualTo(1);
    assertThat(health.get("configVersion").asText()).isEqualTo(good);
    assertThat(ask("is azure still exclusive?").get("id").asText()).isEqualTo("azure");
  }

  @Test
  void noRequestFailsWhileTheConfigIsReloadedUnderLoad() throws Exception {
    start(Map.of());
    Path azure = configDir.resolve("answers/azure.yml");
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        Callable<List<String>> client = () -> {
          List<String> failures = new ArrayList<>();
          for (int n = 0; n < 40 || running.get() && n < 2_000; n++) {
            HttpResponse<String> response = get("/api/ask?q=" + encode("is azure still exclusive?"));
            JsonNode body = response.statusCode() == 200 ? Json.MAPPER.readTree(response.body()) : null;
            if (body == null || !"azure".equals(body.path("id").asText())) {
              failures.add(response.statusCode() + " " + response.body());
            }
          }
          return failures;
        };
        results.add(clients.submit(client));
      }
      for (int reload = 0; reload < 12; reload++) {
        String alias = "  - burst alias " + reload + "\n";
        TestConfig.edit(azure, t -> t.replace("aliases:\n", "aliases:\n" + alias));
        app.config().reload("test");
      }
      running.set(false);
      for (Future<List<String>> result : results) {
        assertThat(result.get()).isEmpty();
      }
    } finally {
      clients.shutdownNow();
    }
    assertThat(app.config().get().matcher().match("burst alias 11").id()).isEqualTo("azure");
  }

  @Test
  void metricsCountQuestionsByOutcomeAndPlatformLatencyAndReloads() throws Exception {
    start(Map.of());
    ask("is azure still exclusive?");
    ask("is azure still exclusive?");
    ask("what about quantum chips");
    app.config().reload("test");

    HttpResponse<String> response = get("/metrics");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
        .startsWith("text/plain"));
    assertThat(response.body())
        .contains("partnershipbot_questions_total{outcome=\"answered\",platform=\"http\"} 2.0")
        .contains("partnershipbot_questions_total{outcome=\"not_found\",platform=\"http\"} 1.0")
        .contains("partnershipbot_answer_latency_seconds_count{platform=\"http\"} 3")
        .contains("partnershipbot_answer_latency_seconds_bucket{platform=\"http\",le=\"")
        .contains("partnershipbot_config_reloads_total{result=\"unchanged\"} 1.0")
        .contains("partnershipbot_records_dropped_total 0.0");
  }

  @Test
  void answersFlowWhileTheDatabaseIsDownAndTheLostRecordsAreCounted() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    start(Map.of("DATABASE_URL", "postgres://127.0.0.1:" + closedPort + "/nowhere", "DATABASE_USER", "bot",
        "DATABASE_PASSWORD", "secret-password"));

    for (int i = 0; i < 10; i++) {
      assertThat(ask("is azure still exclusive?").get("id").asText()).isEqualTo("azure");
    }
    Poll.until("10 lost records in /metrics", () -> droppedRecords() >= 10);
  }

  @Test
  void adaptersGetRefusalNoticesTheConsoleAndSharedDeliveriesFromTheAdminLoop() throws Exception {
    configDir = TestConfig.copySmall(tempDir);
    com.partnershipbot.answering.LiveConfig config = com.partnershipbot.answering.LiveConfig.load(configDir,
        new com.partnershipbot.knowledge.ConfigLoader(), com.partnershipbot.matching.TestMatching.factory());
    DatabaseSettings database = DatabaseSettings.embedded(tempDir.resolve("data"));
    try (AdminLoop admin = AdminLoop.start(database, config, java.time.Clock.systemUTC())) {
      List<String> notices = new java.util.concurrent.CopyOnWriteArrayList<>();
      admin.notifyAdminsThrough(notice -> notices.add(notice.plainText()));
      TestConfig.edit(configDir.resolve("bot.yml"), t -> t.replace("retention_days: 90", "retention_days: 0"));

      Poll.until("the admins are told", () -> !notices.isEmpty());
      assertThat(notices.get(0)).contains(configDir.resolve("bot.yml") + ":", "field 'retention_days' must be at least 1, not 0");
      assertThat(admin.adminConsole().run(Platform.SLACK, TestConfig.ADMIN, "status").plainText())
          .contains("refused (1 error(s)");
      assertThat(admin.adminConsole().run(Platform.SLACK, "U0SOMEONE", "status").plainText())
          .contains("admins only");
      assertThat(admin.sharedDeliveries()).as("no PostgreSQL configured").isEmpty();
    }
  }

  @Test
  void halfConfiguredDatabaseSettingsStopStartUpNamingWhatIsMissing() throws Exception {
    configDir = TestConfig.copySmall(tempDir);
    ServeEnv env = ServeEnv.in(tempDir, configDir).with("DATABASE_URL", "postgres://db.example.com/bot");
    assertThatThrownBy(env::settings).isInstanceOf(SettingsException.class)
        .hasMessageContaining("DATABASE_USER and DATABASE_PASSWORD");
  }

  private void start(Map<String, String> extra) throws Exception {
    configDir = TestConfig.copySmall(tempDir);
    app = ServeEnv.in(tempDir, configDir).withAll(extra).start();
  }

  private double droppedRecords() {
    Matcher value = Pattern.compile("(?m)^partnershipbot_records_dropped_total (\\S+)$").matcher(get("/metrics").body());
    return value.find() ? Double.parseDouble(value.group(1)) : -1;
  }

  private JsonNode ask(String question) {
    return json(get("/api/ask?q=" + encode(question)));
  }

  private static JsonNode json(HttpResponse<String> response) {
    try {
      return Json.MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private HttpResponse<String> get(String path) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
