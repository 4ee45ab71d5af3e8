package com.partnershipbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import com.partnershipbot.answering.Json;
import com.partnershipbot.testing.Poll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} as systemd runs it: SIGTERM turns /readyz to 503 at once, drains, writes the records
 * still queued, and exits 0. With LOG_FORMAT=json every line it writes is one JSON object.
 */
class ServeShutdownTest {
  private static final Pattern PORT = Pattern.compile("on port (\\d+)");
  private static final Pattern LISTENING = Pattern.compile("Listening at port (\\d+); not ready");

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"text", "json"})
  void sigtermDrainsWritesQueuedRecordsAndExitsZero(String logFormat) throws Exception {
    Path data = dir.resolve("data");
    Process serve = serve(Map.of("PORT", "0", "DATA_DIR", data.toString(), "DRAIN_SECONDS", "2",
        "LOG_FORMAT", logFormat));
    List<String> output = new CopyOnWriteArrayList<>();
    int port = awaitPort(serve, output);

    for (int i = 0; i < 20; i++) {
      HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + port + "/api/ask?q=is+azure+still+exclusive")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).isEqualTo(200);
    }
    assertThat(status(port, "/readyz")).isEqualTo(200);
    serve.toHandle().destroy(); // SIGTERM; Process.destroy() would also close serve's output
    Poll.until("/readyz to say 503 once SIGTERM starts the drain", () -> status(port, "/readyz") == 503);
    assertThat(status(port, "/healthz")).as("alive while draining").isEqualTo(200);

    assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();
    assertThat(serve.exitValue()).as(String.join("\n", output)).isZero();
    assertThat(questionsStored(data)).as(String.join("\n", output)).isEqualTo(20);
    Poll.until("serve's last line", () -> output.stream().anyMatch(line -> line.contains("Stopped cleanly")));
    if (logFormat.equals("json")) {
      assertEveryLineIsJsonWithTheSameFields(output);
      assertThat(output).anyMatch(line -> line.contains("\"formattedMessage\":\"Listening at port"))
          .anyMatch(line -> line.contains("\"formattedMessage\":\"Stopped cleanly\""));
    } else {
      assertThat(output).noneMatch(line -> line.startsWith("{")).anyMatch(line -> line.contains("INFO"));
    }
  }

  @Test
  void sigtermWhileTheConfigIsStillLoadingStopsOnceStartedAndExitsZero() throws Exception {
    Process serve = serve(Map.of("PORT", "0", "DATA_DIR", dir.resolve("data").toString(), "DRAIN_SECONDS", "0"));
    List<String> output = new CopyOnWriteArrayList<>();
    awaitLine(serve, output, LISTENING);

    serve.toHandle().destroy(); // SIGTERM while the encoder and the config load

    assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();
    assertThat(serve.exitValue()).as(String.join("\n", output)).isZero();
    Poll.until("serve's last line", () -> output.stream().anyMatch(line -> line.contains("Stopped cleanly")));
    assertThat(output).as("the signal came during start-up")
        .anyMatch(line -> line.contains("Stop requested while starting"));
  }

  @Test
  void aSecondSigtermWhileStillStartingExitsAtOnceWithOne() throws Exception {
    Process serve = serve(Map.of("PORT", "0", "DATA_DIR", dir.resolve("data").toString(), "DRAIN_SECONDS", "0"));
    List<String> output = new CopyOnWriteArrayList<>();
    awaitLine(serve, output, LISTENING);

    serve.toHandle().destroy();
    Poll.until("the first SIGTERM to be taken", () -> output.stream()
        .anyMatch(line -> line.contains("Stop requested while starting")));
    serve.toHandle().destroy();

    assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();
    assertThat(serve.exitValue()).as(String.join("\n", output)).isEqualTo(ServeCommand.FORCED);
    assertThat(output).noneMatch(line -> line.contains("is serving"));
  }

  @Test
  void withJsonLogsAStartUpErrorIsAJsonLineToo() throws Exception {
    Process serve = serve(Map.of("PORT", "eighty", "LOG_FORMAT", "json"));
    List<String> output = new String(serve.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();

    assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(serve.exitValue()).isEqualTo(2);
    assertEveryLineIsJsonWithTheSameFields(output);
    assertThat(output).anyMatch(line -> line.contains("PORT must be a port number"));
  }

  private Process serve(Map<String, String> environment) throws Exception {
    Path config = Cli.freshCopy("valid", dir.resolve("config"));
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), PartnershipBot.class.getName(), "serve");
    builder.environment().keySet().removeIf(name -> name.startsWith("SLACK_") || name.startsWith("TEAMS_")
        || name.startsWith("DATABASE_") || name.equals("LOG_FORMAT"));
    builder.environment().put("BOT_CONFIG_DIR", config.toString());
    builder.environment().putAll(environment);
    builder.redirectErrorStream(true);
    return builder.start();
  }

  private static void assertEveryLineIsJsonWithTheSameFields(List<String> output) throws Exception {
    assertThat(output).isNotEmpty();
    for (String line : output) {
      JsonNode event = Json.MAPPER.readTree(line);
      assertThat(event.isObject()).as(line).isTrue();
      assertThat(fields(event)).as(line).containsExactly("timestamp", "level", "threadName",
          "loggerName", "mdc", "formattedMessage", "throwable");
    }
  }

  /** A JSON object's field names, in order. */
  private static List<String> fields(JsonNode event) {
    List<String> names = new java.util.ArrayList<>();
    event.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static int status(int port, String path) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
          .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (java.io.IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static int awaitPort(Process serve, List<String> output) throws Exception {
    return awaitLine(serve, output, PORT);
  }

  /** Reads serve's output until a line matches {@code portLine}, then keeps reading in the background; returns the port. */
  private static int awaitLine(Process serve, List<String> output, Pattern portLine) throws Exception {
    BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      output.add(line);
      Matcher port = portLine.matcher(line);
      if (port.find()) {
        Thread reader = new Thread(() -> lines.lines().forEach(output::add));
        reader.setDaemon(true);
        reader.start();
        return Integer.parseInt(port.group(1));
      }
    }
    throw new AssertionError("serve stopped before it served:\n" + String.join("\n", output));
  }

  private static int questionsStored(Path data) throws Exception {
    String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("partnership-bot") + ";DATABASE_TO_LOWER=TRUE";
    try (Connection connection = java.sql.DriverManager.getConnection(url, "sa", "");
        ResultSet count = connection.createStatement().executeQuery("SELECT COUNT(*) FROM questions")) {
      count.next();
      return count.getInt(1);
    }
  }
}
