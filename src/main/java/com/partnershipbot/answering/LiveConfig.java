package com.partnershipbot.answering;

import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.knowledge.ConfigProblem;
import com.partnershipbot.knowledge.InvalidConfigException;
import com.partnershipbot.knowledge.Knowledge;
import com.partnershipbot.knowledge.LoadReport;
import com.partnershipbot.matching.MatcherFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The config the bot is serving now. A reload either swaps in a complete new snapshot in one step
 * or, when the new files are invalid, keeps the last good one: no reader ever sees half of each.
 * Every reload is remembered (the last one) and told to the registered {@link ReloadListener}s.
 */
public final class LiveConfig implements Supplier<ConfigSnapshot> {
  private static final Logger LOG = LoggerFactory.getLogger(LiveConfig.class);

  private final Path dir;
  private final ConfigLoader loader;
  private final MatcherFactory matchers;
  private final AtomicReference<ConfigSnapshot> current;
  private final AtomicReference<ReloadResult> lastReload;
  private final List<ReloadListener> listeners = new CopyOnWriteArrayList<>();

  private LiveConfig(Path dir, ConfigLoader loader, MatcherFactory matchers, ConfigSnapshot first,
      List<ConfigProblem> warnings) {
    this.dir = dir;
    this.loader = loader;
    this.matchers = matchers;
    this.current = new AtomicReference<>(first);
    Knowledge knowledge = first.knowledge();
    this.lastReload = new AtomicReference<>(new ReloadResult(knowledge.loadedAt(), "start-up",
        ReloadResult.Status.APPLIED, knowledge.version(), knowledge.entries().size(), warnings));
  }

  /**
   * Loads the first config, matched by matchers from {@code matchers} now and after every reload;
   * an invalid config stops start-up with every problem listed. Its warnings stay with the
   * start-up load until the first reload, for the try-it page's status strip.
   */
  public static LiveConfig load(Path dir, ConfigLoader loader, MatcherFactory matchers)
      throws InvalidConfigException {
    LoadReport report = checked(dir, loader, matchers);
    Knowledge knowledge = report.knowledge().orElseThrow(() -> new InvalidConfigException(report.problems()));
    return new LiveConfig(dir, loader, matchers, ConfigSnapshot.of(knowledge, matchers), report.problems());
  }

  @Override
  public ConfigSnapshot get() {
    return current.get();
  }

  public Path dir() {
    return dir;
  }

  /** The most recent reload (at first, the load at start-up). */
  public ReloadResult lastReload() {
    return lastReload.get();
  }

  public void onReload(ReloadListener listener) {
    listeners.add(listener);
  }

  /** Reads the files again; swaps only if they are valid. The report says what happened. */
  public LoadReport reload() {
    ReloadResult result = reload("unknown");
    return new LoadReport(result.refused() ? null : get().knowledge(), result.problems());
  }

  /** The files as the loader reads them, refused also when their vectors would not fit in this JVM's heap. */
  private static LoadReport checked(Path dir, ConfigLoader loader, MatcherFactory matchers) {
    return HeapCheck.of(Runtime.getRuntime().maxMemory()).checked(loader.check(dir), dir, matchers);
  }

  /** Reads the files again for someone ("file change", "slack admin U123"), swapping only if they are valid. */
  public synchronized ReloadResult reload(String requestedBy) {
    LoadReport report = checked(dir, loader, matchers);
    Knowledge before = get().knowledge();
    ReloadResult result = report.knowledge()
        .map(knowledge -> apply(knowledge, before, requestedBy, report.problems()))
        .orElseGet(() -> refuse(before, requestedBy, report.problems()));
    lastReload.set(result);
    listeners.forEach(listener -> tell(listener, result));
    return result;
  }

  private ReloadResult apply(Knowledge knowledge, Knowledge before, String requestedBy, List<ConfigProblem> problems) {
    boolean changed = !knowledge.version().equals(before.version());
    if (changed) {
      current.set(ConfigSnapshot.of(knowledge, matchers));
      LOG.info("Config reloaded (requested by {}): version {} -> {}, {} answers", requestedBy, before.version(),
          knowledge.version(), knowledge.entries().size());
    }
    problems.forEach(problem -> LOG.warn("{}", problem.format()));
    ReloadResult.Status status = changed ? ReloadResult.Status.APPLIED : ReloadResult.Status.UNCHANGED;
    return new ReloadResult(Instant.now(), requestedBy, status, get().knowledge().version(),
        get().knowledge().entries().size(), problems);
  }

  private static ReloadResult refuse(Knowledge before, String requestedBy, List<ConfigProblem> problems) {
    LOG.warn("Config refused (requested by {}): {} error(s); still serving version {}", requestedBy,
        problems.stream().filter(ConfigProblem::isError).count(), before.version());
    problems.forEach(problem -> LOG.warn("{}", problem.format()));
    return new ReloadResult(Instant.now(), requestedBy, ReloadResult.Status.REFUSED, before.version(),
        before.entries().size(), problems);
  }

  private static void tell(ReloadListener listener, ReloadResult result) {
    try {
      listener.reloaded(result);
    } catch (RuntimeException e) {
      LOG.warn("A reload listener failed: {}", e.toString());
    }
  }
}
