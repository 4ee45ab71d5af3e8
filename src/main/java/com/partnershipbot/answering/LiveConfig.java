package com.partnershipbot.answering;

import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.knowledge.InvalidConfigException;
import com.partnershipbot.knowledge.LoadReport;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The config the bot is serving now. A reload either swaps in a complete new snapshot in one step
 * or, when the new files are invalid, keeps the last good one: no reader ever sees half of each.
 */
public final class LiveConfig implements Supplier<ConfigSnapshot> {
  private final Path dir;
  private final ConfigLoader loader;
  private final AtomicReference<ConfigSnapshot> current;

  private LiveConfig(Path dir, ConfigLoader loader, ConfigSnapshot first) {
    this.dir = dir;
    this.loader = loader;
    this.current = new AtomicReference<>(first);
  }

  /** Loads the first config; an invalid one stops start-up with every problem listed. */
  public static LiveConfig load(Path dir, ConfigLoader loader) throws InvalidConfigException {
    return new LiveConfig(dir, loader, ConfigSnapshot.of(loader.load(dir)));
  }

  @Override
  public ConfigSnapshot get() {
    return current.get();
  }

  public Path dir() {
    return dir;
  }

  /** Reads the files again; swaps only if they are valid. The report says what happened. */
  public synchronized LoadReport reload() {
    LoadReport report = loader.check(dir);
    report.knowledge().ifPresent(knowledge -> current.set(ConfigSnapshot.of(knowledge)));
    return report;
  }
}
