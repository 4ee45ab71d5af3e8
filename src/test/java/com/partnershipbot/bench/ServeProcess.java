package com.partnershipbot.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The bot as README's first command starts it, {@code java [flags] -jar target/partnership-bot.jar serve}
 * with README's flags ({@link LaunchCommand}), in its own process, with Slack pointed at a loopback
 * fake through the environment only. Its log goes to a file, so a run can count the warnings and
 * errors it wrote. It is started once it gives its first correct answer to a free-text question,
 * and that time since launch is kept.
 */
final class ServeProcess implements AutoCloseable {
  private static final Duration START_LIMIT = Duration.ofSeconds(180);
  private static final Duration STOP_LIMIT = Duration.ofSeconds(30);
  private static final Duration POLL = Duration.ofMillis(20);
  /** A free-text question only the sentence encoder and Lucene together answer, and its answer's opening words. */
  private static final String FIRST_QUESTION = "is azure still exclusive?";
  private static final String FIRST_ANSWER = "Azure remains the exclusive cloud provider";

  private final Process process;
  private final int port;
  private final Path log;
  private final long launched = System.nanoTime();
  private double startSeconds = Double.NaN;

  private ServeProcess(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** With README's flags, in the current folder. */
  static ServeProcess start(Path jar, String apiUrl, Path dataDir, Path log) throws IOException, InterruptedException {
    return start(LaunchCommand.flags(), jar, apiUrl, dataDir, log);
  }

  /**
   * Starts {@code java [flags] -jar <jar> serve} in the current folder and waits until it answers
   * a free-text question correctly (a signed slash command).
   */
  static ServeProcess start(List<String> flags, Path jar, String apiUrl, Path dataDir, Path log)
      throws IOException, InterruptedException {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException(jar + " is missing: build it first with mvn -B -DskipTests package");
    }
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add("java");
    command.addAll(flags);
    command.addAll(List.of("-jar", jar.toString(), "serve"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = builder.environment();
    env.put("PORT", String.valueOf(port));
    env.put("DATA_DIR", dataDir.toString());
    env.put("SLACK_BOT_TOKEN", BenchTargets.BOT_TOKEN);
    env.put("SLACK_SIGNING_SECRET", SlackSigner.SECRET);
    env.put("SLACK_API_URL", apiUrl);
    ServeProcess serve = new ServeProcess(ChildProcesses.endingWithThisJvm(builder.start()), port, log);
    serve.awaitFirstAnswer();
    return serve;
  }

  /** Seconds from launch to the first correct answer to a free-text question. */
  double startSeconds() {
    return startSeconds;
  }

  int port() {
    return port;
  }

  long pid() {
    return process.pid();
  }

  /** CPU time the whole process has used so far (every thread: requests, GC, compiler, recorder). */
  long cpuNanos() {
    return process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
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

  /** Asks every few milliseconds until the answer is the right one: the whole pipeline is loaded then. */
  private void awaitFirstAnswer() throws InterruptedException, IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    SignedCommands question = new SignedCommands(port, List.of(FIRST_QUESTION));
    long deadline = launched + START_LIMIT.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        HttpResponse<String> reply = http.send(question.next(), HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() == 200 && reply.body().contains(FIRST_ANSWER)) {
          startSeconds = (System.nanoTime() - launched) / 1e9;
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(POLL.toMillis());
    }
    close();
    throw new IllegalStateException("serve did not answer within " + START_LIMIT.toSeconds() + " s; see " + log);
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
