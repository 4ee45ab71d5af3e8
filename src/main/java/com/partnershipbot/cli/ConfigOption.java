package com.partnershipbot.cli;

import com.partnershipbot.env.Env;
import com.partnershipbot.env.Folders;
import com.partnershipbot.env.SettingsException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The --config option every command shares. */
final class ConfigOption {
  @Option(names = "--config", paramLabel = "DIR", description = "Config directory (default: $" + Folders.CONFIG_DIR
      + ", else " + Folders.DEFAULT_CONFIG_DIR + ").")
  Path flag;

  Env env = Env.system();

  /** The config directory, or a clear message when there is none at that path. */
  Path existingDir() {
    try {
      return Folders.configDir(env, Optional.ofNullable(flag));
    } catch (SettingsException e) {
      throw new UserFacingException("partnership-bot: " + e.getMessage(), FriendlyErrors.CONFIG_ERROR);
    }
  }
}
