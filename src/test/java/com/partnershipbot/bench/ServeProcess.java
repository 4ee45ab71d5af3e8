package com.partnershipbot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The bot as README's first command starts it, {@code java -jar target/partnership-bot.jar serve},
 * in its own process, with Slack pointed at a loopback fake through the environment only. Its log
 * goes to a file, so a run can count the warnings and errors it wrote.
 */
final class ServeProcess implements AutoCloseable {
  private static final Duration START_LIMIT = Duration.ofSeconds(180);
  private static final Duration STOP_LIMIT = Duration.ofSeconds(30);

  private final Process process;
  private final int port;
  private final Path log;

  private ServeProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts {@code java -jar <jar> serve} in the current folder and waits until /readyz says 200
   * (/healthz is 200 as soon as the port opens, while every other route still answers 503).
   */
  static ServeProcess start(Path jar, String apiUrl, Path dataDir, Path log) throws IOException, InterruptedException {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException(jar + " is missing: build it first with mvn -B -DskipTests package");
    }
    int port = freePort();
    ProcessBuilder builder = new ProcessBuilder(List.of("java", "-jar", jar.toString(), "serve"))
        .redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("PORT", String.valueOf(port));
    env.put("DATA_DIR", dataDir.toString());
    env.put("SLACK_BOT_TOKEN", BenchTargets.BOT_TOKEN);
    env.put("SLACK_SIGNING_SECRET", SlackSigner.SECRET);
    env.put("SLACK_API_URL", apiUrl);
    ServeProcess serve = new ServeProcess(builder.start(), port, log);
    serve.awaitReady();
    return serve;
  }

  int port() {
    return port;
  }

  long pid() {
    return process.pid();
  }

  /** The command line as the operating system reports it. */
  String commandLine() {
    return process.info().commandLine().orElse("java -jar ... serve");
  }

  /** Log lines at WARN or ERROR so far (logback's pattern puts the level after the time). */
  List<String> warningsAndErrors() {
    try (Stream<String> lines = Files.lines(log)) {
      return lines.filter(line -> line.length() > 13 && (line.startsWith("WARN", 13) || line.startsWith("ERROR", 13)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitReady() throws InterruptedException, IOException {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/readyz"))
        .timeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + START_LIMIT.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    close();
    throw new IllegalStateException("serve did not become ready within " + START_LIMIT.toSeconds()
        + " s; see " + log);
  }

  /** SIGTERM, as systemd stops it; returns the exit code (-1 if it had to be killed). */
  int stop() throws InterruptedException {
    process.destroy();
    if (process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
      return process.exitValue();
    }
    process.destroyForcibly().waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS);
    return -1;
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      stop();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
