package com.partnershipbot.env;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The config folder every command reads and the data folder it keeps: a flag, else the variable, else the default. */
public final class Folders {
  public static final String CONFIG_DIR = "BOT_CONFIG_DIR";
  public static final String DATA_DIR = "DATA_DIR";
  public static final String DEFAULT_CONFIG_DIR = "./bot-config";
  public static final String DEFAULT_DATA_DIR = "./data";

  private Folders() {}

  /** The config folder, which must exist: the message for a missing one names both ways to give another. */
  public static Path configDir(Env env, Optional<Path> flag) {
    Path dir = flag.orElseGet(() -> Path.of(env.get(CONFIG_DIR, DEFAULT_CONFIG_DIR)));
    if (!Files.isDirectory(dir)) {
      throw new SettingsException("config directory not found: " + dir + " (give --config DIR, or set "
          + CONFIG_DIR + ")");
    }
    return dir;
  }

  /** Where records and sentence vectors are kept; created on first use. */
  public static Path dataDir(Env env, Optional<Path> flag) {
    return flag.orElseGet(() -> Path.of(env.get(DATA_DIR, DEFAULT_DATA_DIR)));
  }
}
