package com.partnershipbot.metrics;

import com.partnershipbot.answering.AskListener;
import com.partnershipbot.answering.FeedbackListener;
import com.partnershipbot.answering.Outcomes;
import com.partnershipbot.answering.Platform;
import com.partnershipbot.answering.Question;
import com.partnershipbot.answering.ReloadListener;
import com.partnershipbot.answering.ReloadResult;
import com.partnershipbot.answering.Reply;
import com.partnershipbot.answering.Vote;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The bot's Prometheus metrics: questions by outcome and platform, answer latency, feedback,
 * config reloads, lost records, and Slack API errors and retries (counted by the Slack adapter);
 * and the JVM's memory, garbage collection, threads, classes, CPU and uptime through Micrometer's binders.
 */
public final class BotMetrics implements AskListener, FeedbackListener, ReloadListener, AutoCloseable {
  private static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5),
      Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100),
      Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500)};

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  /** Function meters hold their source weakly; these references keep the sources alive. */
  private final List<Object> keepAlive = new CopyOnWriteArrayList<>();
  private final JvmGcMetrics garbageCollection = new JvmGcMetrics();
  /** Each question's meters, found once per outcome and platform: asking the registry costs more than counting. */
  private final Map<QuestionTags, Counter> questions = new ConcurrentHashMap<>();
  private final Map<String, Timer> latencies = new ConcurrentHashMap<>();

  private record QuestionTags(String outcome, String platform) {}

  public BotMetrics() {
    new JvmMemoryMetrics().bindTo(registry);
    garbageCollection.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  /** The registry, for parts that want meters of their own. */
  public MeterRegistry registry() {
    return registry;
  }

  /** The Prometheus text exposition of every meter. */
  public String scrape() {
    return registry.scrape();
  }

  @Override
  public void asked(Question question, Reply reply, long latencyNanos) {
    String platform = label(question.platform());
    questions.computeIfAbsent(new QuestionTags(Outcomes.of(reply), platform), this::questionCounter).increment();
    latencies.computeIfAbsent(platform, this::latencyTimer).record(latencyNanos, TimeUnit.NANOSECONDS);
  }

  private Counter questionCounter(QuestionTags tags) {
    return Counter.builder("partnershipbot.questions").description("Questions asked, by outcome and platform")
        .tag("outcome", tags.outcome()).tag("platform", tags.platform()).register(registry);
  }

  private Timer latencyTimer(String platform) {
    return Timer.builder("partnershipbot.answer.latency").description("Time to find the reply to a question")
        .tag("platform", platform).serviceLevelObjectives(LATENCY_BUCKETS).register(registry);
  }

  @Override
  public void voted(Vote vote) {
    Counter.builder("partnershipbot.feedback.votes").description("Feedback votes on answers")
        .tag("helpful", Boolean.toString(vote.helpful())).tag("platform", label(vote.platform()))
        .register(registry).increment();
  }

  @Override
  public void reloaded(ReloadResult result) {
    Counter.builder("partnershipbot.config.reloads").description("Config reloads, by result")
        .tag("result", result.status().name().toLowerCase(Locale.ROOT)).register(registry).increment();
  }

  /** Counts a failed platform API call, e.g. ("slack", "chat.postMessage", "ratelimited"). */
  public void apiError(String platform, String method, String error) {
    Counter.builder("partnershipbot." + platform + ".api.errors").description("Platform API calls that failed")
        .tag("method", label(method)).tag("error", label(error)).register(registry).increment();
  }

  /** Counts a retried platform API call, e.g. after a 429 with Retry-After. */
  public void apiRetry(String platform, String method) {
    Counter.builder("partnershipbot." + platform + ".api.retries").description("Platform API calls retried")
        .tag("method", label(method)).register(registry).increment();
  }

  /** Exposes the count of question, vote and reload records that could not be stored. */
  public void countLostRecords(LongSupplier lost) {
    FunctionCounter.builder("partnershipbot.records.dropped", lost, supplier -> supplier.getAsLong())
        .description("Records lost because the database was down or the write queue was full")
        .register(registry);
    keepAlive.add(lost);
  }

  /** Stops listening to garbage collections. */
  @Override
  public void close() {
    garbageCollection.close();
  }

  private static String label(Platform platform) {
    return platform == null ? "unknown" : platform.label();
  }

  private static String label(String value) {
    return value == null || value.isBlank() ? "unknown" : value;
  }
}
