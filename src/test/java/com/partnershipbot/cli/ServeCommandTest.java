package com.partnershipbot.cli;

import static com.partnershipbot.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} takes --config and --data-dir like the other commands and says how to point it at a config. */
class ServeCommandTest {
  @TempDir
  Path temp;

  @Test
  void withoutAConfigFolderItNamesTheFlagAndTheVariableAndStartsNothing() {
    Path nowhere = temp.resolve("no-config-here");

    Cli.Run run = run("serve", "--config", nowhere.toString(), "--data-dir", temp.resolve("data").toString());

    assertThat(run.exitCode()).isEqualTo(FriendlyErrors.FAILURE);
    assertThat(run.err().strip()).isEqualTo("partnership-bot serve: config directory not found: " + nowhere
        + " (give --config DIR, or set BOT_CONFIG_DIR)");
    assertThat(temp.resolve("data")).doesNotExist();
  }

  @Test
  void helpShowsBothFoldersAndThePortWithTheirDefaults() {
    Cli.Run run = run("serve", "--help");

    assertThat(run.out().replaceAll("\\s+", "")).contains("--config=DIR", "$BOT_CONFIG_DIR,else./bot-config",
        "--data-dir=DIR", "$DATA_DIR,else./data", "$PORT(default3000)");
  }
}
