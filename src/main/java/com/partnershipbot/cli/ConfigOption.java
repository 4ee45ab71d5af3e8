package com.partnershipbot.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --config option every command shares. */
final class ConfigOption {
  @Option(names = "--config", paramLabel = "DIR", description = "Config directory (default: ${DEFAULT-VALUE}).",
      defaultValue = "${env:BOT_CONFIG_DIR:-./bot-config}")
  Path dir;
}
