package com.partnershipbot.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --config option every command shares. */
final class ConfigOption {
  @Option(names = "--config", paramLabel = "DIR", description = "Config directory (default: ${DEFAULT-VALUE}).",
      defaultValue = "${env:BOT_CONFIG_DIR:-./bot-config}")
  Path dir;

  /** The config directory, or a clear message when there is none at that path. */
  Path existingDir() {
    if (!Files.isDirectory(dir)) {
      throw new UserFacingException("partnership-bot: config directory not found: " + dir
          + " (give --config DIR, or set BOT_CONFIG_DIR)", FriendlyErrors.CONFIG_ERROR);
    }
    return dir;
  }
}
