package com.partnershipbot.admin;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import com.partnershipbot.answering.LiveConfig;
import com.partnershipbot.knowledge.ConfigLoader;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads the config when files under bot-config/ or bot-config/answers/ change. Changes are
 * debounced: an editor's save (often several events) or a copy of many files causes one reload,
 * shortly after the last event. Editor swap and backup files are ignored.
 */
public final class ConfigWatcher implements AutoCloseable {
  public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(500);
  private static final Logger LOG = LoggerFactory.getLogger(ConfigWatcher.class);

  private final LiveConfig config;
  private final Duration debounce;
  private final WatchService watchService;
  private final Path answersDir;
  private final ScheduledExecutorService scheduler;
  private final Thread thread;
  private ScheduledFuture<?> pending;

  private ConfigWatcher(LiveConfig config, Duration debounce, WatchService watchService) {
    this.config = config;
    this.debounce = debounce;
    this.watchService = watchService;
    this.answersDir = config.dir().resolve(ConfigLoader.ANSWERS_DIR);
    this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "config-reload"));
    this.thread = daemon(this::watch, "config-watch");
  }

  /** Starts watching config.dir(); reloads happen on a background thread. */
  public static ConfigWatcher start(LiveConfig config, Duration debounce) throws IOException {
    WatchService watchService = config.dir().getFileSystem().newWatchService();
    ConfigWatcher watcher = new ConfigWatcher(config, debounce, watchService);
    config.dir().register(watchService, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
    watcher.registerAnswers();
    watcher.thread.start();
    LOG.info("Watching {} for changes: edits take effect without a restart", config.dir());
    return watcher;
  }

  private void watch() {
    try {
      while (true) {
        WatchKey key = watchService.take();
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
          relevant |= isRelevant(event);
          if (isAnswersDirCreated(key, event)) {
            registerAnswers();
          }
        }
        key.reset();
        if (relevant) {
          scheduleReload();
        }
      }
    } catch (ClosedWatchServiceException | InterruptedException stopped) {
      // closing the watcher ends the loop
    }
  }

  private static boolean isRelevant(WatchEvent<?> event) {
    if (event.kind() == OVERFLOW) {
      return true;
    }
    String name = String.valueOf(event.context());
    if (name.startsWith("..data")) {
      return true; // Kubernetes swaps a ConfigMap's files by renaming its ..data link
    }
    boolean yaml = name.endsWith(".yml") || name.endsWith(".yaml");
    return !name.startsWith(".") && (yaml || name.equals(ConfigLoader.ANSWERS_DIR) || name.equals(ConfigLoader.SETTINGS_FILE));
  }

  private boolean isAnswersDirCreated(WatchKey key, WatchEvent<?> event) {
    return event.kind() == ENTRY_CREATE && config.dir().equals(key.watchable())
        && ConfigLoader.ANSWERS_DIR.equals(String.valueOf(event.context()));
  }

  private void registerAnswers() {
    if (!Files.isDirectory(answersDir)) {
      return;
    }
    try {
      answersDir.register(watchService, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
    } catch (IOException | ClosedWatchServiceException e) {
      LOG.warn("Cannot watch {}: {}; use the reload command after editing answers", answersDir, e.toString());
    }
  }

  private synchronized void scheduleReload() {
    if (pending != null) {
      pending.cancel(false);
    }
    pending = scheduler.schedule(this::reload, debounce.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void reload() {
    try {
      config.reload("file change");
    } catch (RuntimeException e) {
      LOG.warn("Reloading after a file change failed: {}", e.toString());
    }
  }

  @Override
  public void close() throws IOException {
    watchService.close();
    scheduler.shutdownNow();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread daemon(Runnable runnable, String name) {
    Thread thread = new Thread(runnable, name);
    thread.setDaemon(true);
    return thread;
  }
}
