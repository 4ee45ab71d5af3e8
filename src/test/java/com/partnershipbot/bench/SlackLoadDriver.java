package com.partnershipbot.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Loads /slack/events with signed slash commands over loopback and prints p50, p99 and max
 * latency, errors and throughput, for Partnership Bot and, in the same run, for a bare Bolt app
 * on the same Jetty. A benchmark to run by hand, not a test (see docs/performance.md):
 *
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.partnershipbot.bench.SlackLoadDriver -Dexec.args="rate=500 seconds=20"
 * </pre>
 *
 * Options (key=value): rate (open-loop requests per second, at most 5000), seconds (per open-loop
 * run, at most 120), warmup (seconds), concurrency (closed-loop requests in flight, at most 256),
 * saturate (closed-loop seconds per target per round, at most 60), rounds (at most 5), questions (typical; eval for every question in the evaluation set; unique for those
 * questions with a number appended, so none repeats and every one runs the matcher), bare (what the
 * bare app acknowledges with: ok, or answer for the bytes of a typical answer), bare_jvm (where the
 * bare app runs: driver, in this process as before, or own, in a JVM of its own with the bot's
 * flags, its whole process's CPU counted as the bot's is), jar (default
 * target/partnership-bot.jar) and readme (whose first serve command's flags the bot is started with,
 * default README.md). {@code starts=N} instead starts the jar N times on one data folder (the first
 * start encodes every sentence, the others find them saved) and prints each start time and the median.
 */
public final class SlackLoadDriver {
  static final List<String> TYPICAL = List.of("is azure still exclusive?", "azure", "what about the AGI clause?",
      "does microsoft still get openai's IP?", "help", "can openai sell through amazon?", "revenue share",
      "what changes for our company?", "compute", "ip");

  private static final Duration SLICE = Duration.ofSeconds(2);

  private SlackLoadDriver() {}

  public static void main(String[] args) throws Exception {
    // Reuse idle connections for less time than Jetty keeps them (30 s), so none is found closed.
    System.setProperty("jdk.httpclient.keepalive.timeout", "10");
    Map<String, String> options = options(args);
    if (options.containsKey("soak")) {
      System.exit(SoakRun.of(options).run() ? 0 : 1);
    }
    List<String> flags = LaunchCommand.flags(Path.of(options.getOrDefault("readme", LaunchCommand.README.toString())));
    Path jar = Path.of(options.getOrDefault("jar", "target/partnership-bot.jar"));
    if (options.containsKey("starts")) {
      StartTimes.run(flags, jar, bounded(options, "starts", 5, 20));
      return;
    }
    int rate = bounded(options, "rate", 500, 5000);
    int seconds = bounded(options, "seconds", 20, 120);
    int warmup = bounded(options, "warmup", 10, 60);
    int concurrency = bounded(options, "concurrency", 16, 256);
    int saturate = bounded(options, "saturate", 10, 60);
    int rounds = bounded(options, "rounds", 2, 5);
    String kind = options.getOrDefault("questions", "typical");
    List<String> questions = questions(kind);
    boolean unique = kind.equals("unique");
    System.out.println(machine());
    System.out.println("load average at the start: " + loadAverage());
    String bareJvm = bareJvm(options.getOrDefault("bare_jvm", "driver"));
    System.out.printf(Locale.ROOT, "questions: %s (%d), rate=%d/s for %d s, closed loop x%d for %d s, %d rounds, bare=%s, bare_jvm=%s%n",
        options.getOrDefault("questions", "typical"), questions.size(), rate, seconds, concurrency, saturate, rounds,
        options.getOrDefault("bare", "ok"), bareJvm);
    List<RunResult> results = new ArrayList<>();
    long rssMb;
    long peakRssMb;
    double startSeconds;
    String bareCpuScope;
    try (BenchTargets targets = new BenchTargets(answerSizedBare(options.getOrDefault("bare", "ok")),
        bareJvm.equals("own"), flags, jar)) {
      ServeProcess serve = targets.botProcess();
      startSeconds = serve.startSeconds();
      System.out.printf(Locale.ROOT, "bot: %s (pid %d), first answer %.2f s after launch%n", serve.commandLine(),
          serve.pid(), startSeconds);
      SignedCommands bot = new SignedCommands(targets.botPort(), questions, unique);
      SignedCommands bare = new SignedCommands(targets.bare().port(), questions, unique);
      for (SignedCommands target : List.of(bot, bare)) {
        LoadRun.openLoop("warm-up", target, rate, Duration.ofSeconds(warmup));
        LoadRun.closedLoop("warm-up", target, concurrency, Duration.ofSeconds(warmup));
      }
      for (int round = 0; round < rounds; round++) {
        results.add(LoadRun.openLoop("bot", bot, rate, Duration.ofSeconds(seconds)));
        results.add(LoadRun.openLoop("bare-bolt", bare, rate, Duration.ofSeconds(seconds)));
      }
      results.addAll(saturate(bot, bare, serve, targets.bare()::cpuNanos, concurrency, saturate * rounds));
      rssMb = MemoryProbe.rssMb(serve.pid());
      peakRssMb = MemoryProbe.peakRssMb(serve.pid());
      bareCpuScope = targets.bare().cpuScope();
    }
    report(results, bareCpuScope);
    System.out.println("load average at the end: " + loadAverage());
    System.out.println(summary(kind, bareJvm, results, rssMb, peakRssMb, startSeconds));
  }

  /** One line a script can compare between runs (before a release, say). */
  private static String summary(String kind, String bareJvm, List<RunResult> results, long rssMb,
      long peakRssMb, double startSeconds) {
    RunResult botOpen = results.stream().filter(r -> r.target().equals("bot") && r.mode().startsWith("open"))
        .max((a, b) -> Double.compare(a.percentileMillis(99), b.percentileMillis(99))).orElseThrow();
    double bot = best(results, "bot");
    double bare = best(results, "bare-bolt");
    return String.format(Locale.ROOT, "LOAD date=%s questions=%s bare_jvm=%s bot_rps=%.0f bare_rps=%.0f ratio=%.2f "
        + "open_p99_ms=%.1f saturated_p99_ms=%.1f errors=%d rss_mb=%d rss_peak_mb=%d start_s=%.2f",
        ZonedDateTime.now().withNano(0), kind, bareJvm, bot, bare, bot / bare, botOpen.percentileMillis(99),
        results.stream().filter(r -> r.target().equals("bot") && r.mode().startsWith("closed"))
            .mapToDouble(r -> r.percentileMillis(99)).max().orElse(Double.NaN),
        results.stream().mapToInt(RunResult::errors).sum(), rssMb, peakRssMb, startSeconds);
  }

  /** The machine's load average (Linux), to tell a quiet run from a disturbed one. */
  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  /**
   * Closed loop to saturation, in two-second slices that alternate between the targets
   * (bot, bare, bare, bot, ...), so both see the same share of whatever else the machine is doing.
   */
  private static List<RunResult> saturate(SignedCommands bot, SignedCommands bare, ServeProcess botProcess,
      LongSupplier bareCpu, int concurrency, int seconds) throws InterruptedException {
    HttpClient botHttp = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpClient bareHttp = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    List<RunResult> botSlices = new ArrayList<>();
    List<RunResult> bareSlices = new ArrayList<>();
    for (int slice = 0; slice < Math.max(1, seconds / SLICE.toSeconds()); slice++) {
      boolean botFirst = slice % 2 == 0;
      for (int turn = 0; turn < 2; turn++) {
        if (botFirst == (turn == 0)) {
          botSlices.add(LoadRun.closedLoop("bot", botHttp, bot, concurrency, SLICE, botProcess::cpuNanos));
        } else {
          bareSlices.add(LoadRun.closedLoop("bare-bolt", bareHttp, bare, concurrency, SLICE, bareCpu));
        }
      }
    }
    return List.of(RunResult.merge(botSlices), RunResult.merge(bareSlices));
  }

  private static void report(List<RunResult> results, String bareCpuScope) {
    System.out.println();
    System.out.println(RunResult.header());
    results.forEach(result -> System.out.println(result.row()));
    double bot = best(results, "bot");
    double bare = best(results, "bare-bolt");
    System.out.printf(Locale.ROOT, "%nmax throughput (closed loop, interleaved slices): bot %.0f req/s, bare Bolt %.0f req/s, ratio %.1f%%%n",
        bot, bare, 100 * bot / bare);
    double botCpu = cpu(results, "bot");
    double bareCpu = cpu(results, "bare-bolt");
    System.out.printf(Locale.ROOT, "CPU per request: bot %.0f us (its whole process), bare Bolt %.0f us (%s)%n",
        botCpu, bareCpu, bareCpuScope);
  }

  private static double cpu(List<RunResult> results, String target) {
    return results.stream().filter(r -> r.target().equals(target) && r.mode().startsWith("closed"))
        .mapToDouble(RunResult::serverCpuMicrosPerRequest).findFirst().orElse(Double.NaN);
  }

  private static double best(List<RunResult> results, String target) {
    return results.stream().filter(r -> r.target().equals(target) && r.mode().startsWith("closed"))
        .mapToDouble(RunResult::throughput).max().orElse(Double.NaN);
  }

  private static boolean answerSizedBare(String kind) {
    if (!kind.equals("ok") && !kind.equals("answer")) {
      throw new IllegalArgumentException("bare must be ok or answer, not " + kind);
    }
    return kind.equals("answer");
  }

  private static String bareJvm(String where) {
    if (!where.equals("driver") && !where.equals("own")) {
      throw new IllegalArgumentException("bare_jvm must be driver or own, not " + where);
    }
    return where;
  }

  private static List<String> questions(String kind) throws IOException {
    if (kind.equals("typical")) {
      return TYPICAL;
    }
    if (!kind.equals("eval") && !kind.equals("unique")) {
      throw new IllegalArgumentException("questions must be typical, eval or unique, not " + kind);
    }
    return Files.readAllLines(Path.of("src/test/resources/eval/eval.tsv")).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t")[0]).toList();
  }

  static String machine() {
    return String.format(Locale.ROOT, "%s, %d processors, Java %s, %s",
        ZonedDateTime.now().withNano(0), Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), ManagementFactory.getRuntimeMXBean().getVmName());
  }

  /** key=value pairs; {@code --key value} and {@code --key=value} are read the same way. */
  static Map<String, String> options(String[] args) {
    List<String> words = new ArrayList<>();
    for (String arg : args) {
      words.addAll(List.of(arg.trim().split("\\s+")));
    }
    words.removeIf(String::isEmpty);
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (word.startsWith("--") && !word.contains("=") && i + 1 < words.size()) {
        word = word + "=" + words.get(++i);
      }
      String pair = word.startsWith("--") ? word.substring(2) : word;
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("options are key=value or --key value, not " + word);
      }
      options.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return options;
  }

  private static int bounded(Map<String, String> options, String name, int fallback, int max) {
    int value = Integer.parseInt(options.getOrDefault(name, String.valueOf(fallback)));
    if (value < 1 || value > max) {
      throw new IllegalArgumentException(name + " must be from 1 to " + max);
    }
    return value;
  }
}
