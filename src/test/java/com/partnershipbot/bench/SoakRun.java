package com.partnershipbot.bench;

import com.partnershipbot.testing.TempDirs;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The soak: {@code java -jar target/partnership-bot.jar serve} in its own process, loaded at a fixed
 * rate for minutes with signed slash commands and signed {@code app_mention} events, whose replies
 * are posted to a loopback fake of Slack's Web API and counted there. The server's resident set and
 * heap are sampled as it runs; the summary compares the second half's start with its end.
 */
final class SoakRun {
  private static final Duration REPLY_DRAIN = Duration.ofSeconds(60);
  private static final Duration REQUEST_TIMEOUT_MARGIN = Duration.ofSeconds(20);
  private static final Pattern DURATION = Pattern.compile("(\\d+)([sm]?)");

  private final Duration length;
  private final int rate;
  private final int mentionPercent;
  private final Duration sampleEvery;
  private final Path jar;

  private final long[] latencies;
  private final boolean[] mention;
  private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
  private final AtomicBoolean over = new AtomicBoolean();
  private final ConcurrentLinkedQueue<String> expectedThreads = new ConcurrentLinkedQueue<>();
  private final List<MemoryProbe.Sample> samples = Collections.synchronizedList(new ArrayList<>());
  /** The live heap (after a full collection) at half-time and at the end, in MB; -1 until taken. */
  private volatile long liveHeapMid = -1;
  private volatile long liveHeapEnd = -1;

  SoakRun(Duration length, int rate, int mentionPercent, Duration sampleEvery, Path jar) {
    this.length = length;
    this.rate = rate;
    this.mentionPercent = mentionPercent;
    this.sampleEvery = sampleEvery;
    this.jar = jar;
    int total = Math.toIntExact(rate * length.toSeconds());
    this.latencies = new long[total];
    this.mention = new boolean[total];
  }

  /** From the driver's options: soak=10m rate=200 mentions=50 sample=15s jar=target/partnership-bot.jar. */
  static SoakRun of(Map<String, String> options) {
    Duration length = duration(options.get("soak"), Duration.ofSeconds(10), Duration.ofMinutes(60), "soak");
    int rate = Integer.parseInt(options.getOrDefault("rate", "200"));
    int mentions = Integer.parseInt(options.getOrDefault("mentions", "50"));
    Duration sample = duration(options.getOrDefault("sample", "15s"), Duration.ofSeconds(5), Duration.ofSeconds(60),
        "sample");
    if (rate < 1 || rate > 1000 || mentions < 0 || mentions > 100) {
      throw new IllegalArgumentException("rate must be from 1 to 1000 and mentions (a percentage) from 0 to 100");
    }
    return new SoakRun(length, rate, mentions, sample,
        Path.of(options.getOrDefault("jar", "target/partnership-bot.jar")));
  }

  /** Runs the soak and prints its figures; returns whether it passed (no errors, flat memory). */
  boolean run() throws Exception {
    System.out.println(SlackLoadDriver.machine());
    System.out.println("load average at the start: " + SlackLoadDriver.loadAverage());
    Path work = Files.createDirectories(Path.of("target", "soak"));
    Path data = Files.createTempDirectory("partnership-bot-soak");
    Path log = work.resolve("serve-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".log");
    try (FakeWebApi slackApi = new FakeWebApi();
        ServeProcess serve = ServeProcess.start(jar, slackApi.url(), data, log)) {
      System.out.printf(Locale.ROOT, "serve: pid %d, port %d, %s; log %s%n", serve.pid(), serve.port(),
          serve.commandLine(), log);
      System.out.printf(Locale.ROOT, "soak: %d s at %d requests/s, %d %% mentions, memory every %d s%n",
          length.toSeconds(), rate, mentionPercent, sampleEvery.toSeconds());
      Result result;
      try (MemoryProbe probe = new MemoryProbe(serve.pid())) {
        result = load(serve, slackApi, probe);
      }
      List<String> logged = serve.warningsAndErrors();
      int exit = serve.stop();
      return report(result, logged, exit);
    } finally {
      TempDirs.delete(data);
    }
  }

  private record Result(int sent, int mentionsAcknowledged, int repliedOnce, int duplicated, long posts,
      double seconds) {}

  private Result load(ServeProcess serve, FakeWebApi slackApi, MemoryProbe probe) throws InterruptedException {
    SignedCommands commands = new SignedCommands(serve.port(), SlackLoadDriver.TYPICAL);
    SignedMentions mentions = new SignedMentions(serve.port(), SlackLoadDriver.TYPICAL, FakeWebApi.BOT_USER_ID);
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    ExecutorService callbacks = Executors.newFixedThreadPool(2);
    HttpClient http = HttpClient.newBuilder().executor(callbacks).version(HttpClient.Version.HTTP_1_1).build();
    long start = System.nanoTime();
    sampler.scheduleAtFixedRate(() -> sample(probe, start), 0, sampleEvery.toSeconds(), TimeUnit.SECONDS);
    CountDownLatch done = new CountDownLatch(latencies.length);
    long period = 1_000_000_000L / rate;
    for (int i = 0; i < latencies.length; i++) {
      long due = start + i * period;
      LoadRun.waitUntil(due);
      mention[i] = (long) (i + 1) * mentionPercent / 100 > (long) i * mentionPercent / 100;
      send(http, i, due, mention[i] ? mentions : null, commands, done);
    }
    if (!done.await(REQUEST_TIMEOUT_MARGIN.toSeconds(), TimeUnit.SECONDS) && over.compareAndSet(false, true)) {
      errors.computeIfAbsent("no answer " + REQUEST_TIMEOUT_MARGIN.toSeconds() + " s after the last request",
          k -> new LongAdder()).add(done.getCount());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    sampler.shutdownNow();
    sampler.awaitTermination(10, TimeUnit.SECONDS);
    sample(probe, start);
    liveHeapEnd = liveHeap(probe, "end");
    callbacks.shutdownNow();
    return replies(slackApi, seconds);
  }

  private void send(HttpClient http, int i, long due, SignedMentions mentions, SignedCommands commands,
      CountDownLatch done) {
    String[] thread = new String[1];
    HttpRequest request = mentions != null ? mentions.next(t -> thread[0] = t) : commands.next();
    latencies[i] = -1;
    http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
      long latency = System.nanoTime() - due;
      if (over.get()) {
        return;
      }
      String error = failure != null ? kind(failure) : check(response, mentions != null);
      if (error == null) {
        latencies[i] = latency;
        if (thread[0] != null) {
          expectedThreads.add(thread[0]);
        }
      } else {
        errors.computeIfAbsent((mentions != null ? "mention: " : "command: ") + error, k -> new LongAdder()).increment();
      }
      done.countDown();
    });
  }

  /** Null when the response is what Slack expects: 200, and for a command an acknowledgement that carries the reply. */
  private static String check(HttpResponse<String> response, boolean mention) {
    if (response.statusCode() != 200) {
      return "HTTP " + response.statusCode();
    }
    return mention || response.body().contains("\"text\"") ? null : "acknowledged without a reply";
  }

  private static String kind(Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    return cause.getClass().getSimpleName();
  }

  /** Waits (bounded) until every acknowledged mention has a reply, then counts them. */
  private Result replies(FakeWebApi slackApi, double seconds) throws InterruptedException {
    List<String> expected = List.copyOf(expectedThreads);
    long deadline = System.nanoTime() + REPLY_DRAIN.toNanos();
    while (System.nanoTime() < deadline && expected.stream().anyMatch(t -> slackApi.postsIn(t) == 0)) {
      Thread.sleep(200);
    }
    int once = (int) expected.stream().filter(t -> slackApi.postsIn(t) == 1).count();
    int twice = (int) expected.stream().filter(t -> slackApi.postsIn(t) > 1).count();
    return new Result(latencies.length, expected.size(), once, twice, slackApi.posts(), seconds);
  }

  private void sample(MemoryProbe probe, long start) {
    try {
      MemoryProbe.Sample sample = probe.sample((System.nanoTime() - start) / 1e9);
      samples.add(sample);
      if (liveHeapMid < 0 && sample.seconds() >= length.toSeconds() / 2.0) {
        liveHeapMid = liveHeap(probe, "half-time");
      }
      System.out.printf(Locale.ROOT, "%6.0f s  RSS %5d MB  heap used %5d MB of %5d MB committed, after GC %5d MB, "
          + "non-heap %4d MB, %3d threads, %5d GCs%n", sample.seconds(), sample.rssMb(), sample.heapUsedMb(),
          sample.heapCommittedMb(), sample.heapAfterGcMb(), sample.nonHeapMb(), sample.threads(), sample.collections());
    } catch (RuntimeException e) {
      System.out.println("memory sample failed: " + e);
    }
  }

  /** One full collection in the server, for the live heap; -1 when the probe cannot ask for it. */
  private static long liveHeap(MemoryProbe probe, String when) {
    try {
      long live = probe.liveHeapMb();
      System.out.printf(Locale.ROOT, "live heap at %s (after a full collection): %d MB%n", when, live);
      return live;
    } catch (RuntimeException e) {
      System.out.println("live heap at " + when + " failed: " + e);
      return -1;
    }
  }

  private boolean report(Result result, List<String> logged, int exit) throws Exception {
    List<MemoryProbe.Sample> taken = List.copyOf(samples);
    MemoryProbe.Sample mid = taken.stream().filter(s -> s.seconds() >= length.toSeconds() / 2.0).findFirst()
        .orElse(taken.get(taken.size() - 1));
    MemoryProbe.Sample end = taken.get(taken.size() - 1);
    long requestErrors = errors.values().stream().mapToLong(LongAdder::sum).sum();
    long logErrors = logged.stream().filter(line -> line.startsWith("ERROR", 13)).count();
    int lost = result.mentionsAcknowledged() - result.repliedOnce() - result.duplicated();
    long allErrors = requestErrors + lost + result.duplicated() + logErrors;
    boolean flat = flat(mid.rssMb(), end.rssMb(), 0.05) && flat(liveHeapMid, liveHeapEnd, 0.10);
    Percentiles all = Percentiles.of(latencies, i -> true);
    Percentiles commands = Percentiles.of(latencies, i -> !mention[i]);
    Percentiles mentions = Percentiles.of(latencies, i -> mention[i]);
    Percentiles secondHalf = Percentiles.of(latencies, i -> i >= latencies.length / 2);
    Percentiles firstTenSeconds = Percentiles.of(latencies, i -> i < rate * 10);

    System.out.println();
    long mentionCount = IntStream.range(0, mention.length).filter(i -> mention[i]).count();
    System.out.printf(Locale.ROOT, "requests: %,d in %.0f s (%.0f/s): %,d slash commands, %,d mentions%n",
        result.sent(), result.seconds(), result.sent() / result.seconds(), result.sent() - mentionCount, mentionCount);
    System.out.println("request errors: " + (errors.isEmpty() ? "none" : sorted(errors)));
    System.out.printf(Locale.ROOT, "mention replies: %,d expected, %,d posted once, %,d posted twice or more, %,d "
        + "missing; chat.postMessage calls in all: %,d%n", result.mentionsAcknowledged(), result.repliedOnce(),
        result.duplicated(), lost, result.posts());
    System.out.printf(Locale.ROOT, "latency ms (p50 / p99 / max): all %s; commands %s; mentions (acknowledgement) %s; "
        + "first 10 s %s; second half %s%n", all, commands, mentions, firstTenSeconds, secondHalf);
    System.out.printf(Locale.ROOT, "server log: %d ERROR, %d WARN lines%n", logErrors, logged.size() - logErrors);
    logged.stream().limit(10).forEach(line -> System.out.println("  " + line));
    System.out.printf(Locale.ROOT, "memory at %.0f s -> %.0f s (second half): RSS %d -> %d MB, live heap %d -> %d MB, "
        + "heap after the last GC %d -> %d MB, heap committed %d -> %d MB, threads %d -> %d; %s%n", mid.seconds(), end.seconds(), mid.rssMb(), end.rssMb(),
        liveHeapMid, liveHeapEnd, mid.heapAfterGcMb(), end.heapAfterGcMb(), mid.heapCommittedMb(), end.heapCommittedMb(), mid.threads(),
        end.threads(), flat ? "flat" : "NOT FLAT");
    System.out.printf(Locale.ROOT, "serve exited %d after SIGTERM%n", exit);
    System.out.println("load average at the end: " + SlackLoadDriver.loadAverage());
    boolean passed = allErrors == 0 && flat && exit == 0;
    String line = String.format(Locale.ROOT, "SOAK date=%s seconds=%d rate=%d requests=%d errors=%d request_errors=%d "
        + "replies_expected=%d replies_once=%d replies_duplicated=%d replies_missing=%d log_errors=%d log_warnings=%d "
        + "p50_ms=%.2f p99_ms=%.2f p99_second_half_ms=%.2f rss_mid_mb=%d rss_end_mb=%d live_heap_mid_mb=%d live_heap_end_mb=%d "
        + "heap_after_gc_mid_mb=%d heap_after_gc_end_mb=%d memory=%s exit=%d result=%s", LocalDateTime.now().withNano(0), length.toSeconds(), rate, result.sent(),
        allErrors, requestErrors, result.mentionsAcknowledged(), result.repliedOnce(), result.duplicated(), lost,
        logErrors, logged.size() - logErrors, all.p50(), all.p99(), secondHalf.p99(), mid.rssMb(), end.rssMb(), liveHeapMid,
        liveHeapEnd, mid.heapAfterGcMb(), end.heapAfterGcMb(), flat ? "flat" : "growing", exit, passed ? "pass" : "fail");
    System.out.println(line);
    Files.writeString(Path.of("target", "soak-runs.txt"), line + System.lineSeparator(), StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    return passed;
  }

  /** Grown by no more than the given share, or 10 MB, whichever is larger; unknown counts as not flat. */
  static boolean flat(long before, long after, double share) {
    return before >= 0 && after >= 0 && after - before <= Math.max(10, before * share);
  }

  private static String sorted(Map<String, LongAdder> counts) {
    List<String> parts = new ArrayList<>();
    counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(entry -> parts.add(entry.getKey() + " x" + entry.getValue().sum()));
    return String.join(", ", parts);
  }

  static Duration duration(String text, Duration min, Duration max, String name) {
    Matcher matcher = text == null ? null : DURATION.matcher(text.strip());
    if (matcher == null || !matcher.matches()) {
      throw new IllegalArgumentException(name + " must be a duration such as 90s or 10m, not " + text);
    }
    long amount = Long.parseLong(matcher.group(1));
    Duration value = matcher.group(2).equals("m") ? Duration.ofMinutes(amount) : Duration.ofSeconds(amount);
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new IllegalArgumentException(name + " must be from " + min.toSeconds() + " s to " + max.toSeconds() + " s");
    }
    return value;
  }
}
