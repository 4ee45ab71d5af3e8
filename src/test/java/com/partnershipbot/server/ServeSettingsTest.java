package com.partnershipbot.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnershipbot.delivery.RetryPolicy;
import com.partnershipbot.env.Env;
import com.partnershipbot.env.SettingsException;
import com.partnershipbot.slack.SlackSettings;
import com.partnershipbot.testing.ServeEnv;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** serve's settings: read once from flags and environment, defaults in one place, every problem told at once. */
class ServeSettingsTest {
  private static final Path CONFIG = Path.of("src/test/resources/configs/valid");

  @TempDir
  Path temp;

  @Test
  void withNothingSetServesLocallyOnPort3000KeepingDataInDotData() {
    ServeSettings settings = ServeSettings.from(new Env(Map.of()), Optional.of(CONFIG), Optional.empty());

    assertThat(settings.port()).isEqualTo(3000);
    assertThat(settings.configDir()).isEqualTo(CONFIG);
    assertThat(settings.dataDir()).isEqualTo(Path.of("./data"));
    assertThat(settings.database().description()).isEqualTo("H2 file " + Path.of("./data/partnership-bot.mv.db"));
    assertThat(settings.localMode()).isTrue();
  }

  @Test
  void theVariablesNameThePortTheFoldersAndTheDatabase() {
    ServeSettings settings = ServeSettings.from(new Env(Map.of("PORT", "8080", "BOT_CONFIG_DIR", CONFIG.toString(),
        "DATA_DIR", temp.toString())));

    assertThat(settings.port()).isEqualTo(8080);
    assertThat(settings.configDir()).isEqualTo(CONFIG);
    assertThat(settings.dataDir()).isEqualTo(temp);
    assertThat(settings.database().jdbcUrl()).contains(temp.toAbsolutePath().resolve("partnership-bot").toString());
  }

  @Test
  void flagsWinOverTheVariables() {
    Env env = new Env(Map.of("BOT_CONFIG_DIR", "/nowhere/config", "DATA_DIR", "/nowhere/data"));

    ServeSettings settings = ServeSettings.from(env, Optional.of(CONFIG), Optional.of(temp));

    assertThat(settings.configDir()).isEqualTo(CONFIG);
    assertThat(settings.dataDir()).isEqualTo(temp);
  }

  @Test
  void aMissingConfigFolderNamesTheFlagAndTheVariable() {
    assertThatThrownBy(() -> ServeSettings.from(new Env(Map.of("BOT_CONFIG_DIR", temp.resolve("nope").toString()))))
        .isInstanceOf(SettingsException.class)
        .hasMessage("config directory not found: " + temp.resolve("nope") + " (give --config DIR, or set BOT_CONFIG_DIR)");
  }

  @Test
  void everyProblemIsToldAtOnceEachNamingItsVariable() {
    Env env = ServeEnv.in(temp, CONFIG).with("PORT", "80800").with("SLACK_BOT_TOKEN", "xoxb-0000000000-test-token")
        .with("TEAMS_APP_ID", "8c1c4c2e-0000-4000-8000-000000000001").with("DATABASE_URL", "postgres://db/bot").env();

    assertThatThrownBy(() -> ServeSettings.from(env)).isInstanceOf(SettingsException.class)
        .hasMessageContaining("PORT must be a port number from 0 to 65535, not '80800'")
        .hasMessageContaining("set SLACK_SIGNING_SECRET")
        .hasMessageContaining("set TEAMS_APP_PASSWORD and TEAMS_TENANT_ID")
        .hasMessageContaining("set DATABASE_USER and DATABASE_PASSWORD");
  }

  @Test
  void operationsSettingsAreCheckedAtStartEachNamingItsVariable() {
    Env env = ServeEnv.in(temp, CONFIG).with("LOG_FORMAT", "yaml").with("DRAIN_SECONDS", "soon")
        .with("CONFIG_WATCH", "maybe").env();

    assertThatThrownBy(() -> ServeSettings.from(env)).isInstanceOf(SettingsException.class)
        .hasMessageContaining("LOG_FORMAT must be text or json, not 'yaml'")
        .hasMessageContaining("DRAIN_SECONDS must be a whole number of seconds from 0 to 120, not 'soon'")
        .hasMessageContaining("CONFIG_WATCH must be true or false, not 'maybe'");
  }

  @Test
  void aReplyIsTriedTwoMinutesByDefaultOrForReplyRetryBudgetSeconds() {
    ServeSettings byDefault = ServeSettings.from(new Env(Map.of("BOT_CONFIG_DIR", CONFIG.toString())));
    ServeSettings shorter = ServeSettings.from(new Env(Map.of("BOT_CONFIG_DIR", CONFIG.toString(),
        "REPLY_RETRY_BUDGET_SECONDS", "30")));

    assertThat(byDefault.replyRetries()).isEqualTo(RetryPolicy.DEFAULT);
    assertThat(byDefault.replyRetries().budget()).isEqualTo(java.time.Duration.ofSeconds(120));
    assertThat(shorter.replyRetries().budget()).isEqualTo(java.time.Duration.ofSeconds(30));
    assertThat(shorter.replyRetries().callTimeout()).isEqualTo(RetryPolicy.DEFAULT.callTimeout());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "3601", "2m"})
  void aReplyRetryBudgetOutsideOneSecondToAnHourIsRefusedNamingTheVariable(String budget) {
    Env env = new Env(Map.of("BOT_CONFIG_DIR", CONFIG.toString(), "REPLY_RETRY_BUDGET_SECONDS", budget));

    assertThatThrownBy(() -> ServeSettings.from(env)).isInstanceOf(SettingsException.class)
        .hasMessage("REPLY_RETRY_BUDGET_SECONDS must be a whole number of seconds from 1 to 3600, not '" + budget + "'");
  }

  @Test
  void byDefaultADrainKeepsAnsweringFiveSecondsAndTheConfigFolderIsWatched() {
    ServeSettings settings = ServeSettings.from(new Env(Map.of("BOT_CONFIG_DIR", CONFIG.toString())));

    assertThat(settings.drainDelay()).isEqualTo(java.time.Duration.ofSeconds(5));
    assertThat(settings.watchConfig()).isTrue();
  }

  @Test
  void eachConfiguredPlatformIsListedOnce() {
    ServeSettings settings = ServeEnv.in(temp, CONFIG).with("SLACK_BOT_TOKEN", "xoxb-0000000000-test-token")
        .with("SLACK_SIGNING_SECRET", "a-signing-secret").with("TEAMS_WEBHOOK_SECRET", "c2VjcmV0").settings();

    assertThat(settings.localMode()).isFalse();
    assertThat(settings.platforms()).hasSize(2).first().isInstanceOf(SlackSettings.class);
    assertThat(settings.toString()).doesNotContain("a-signing-secret", "c2VjcmV0", "test-token");
  }

  @Test
  void aTakenPortStopsStartUpNamingPortBeforeAnythingIsLoadedOrWritten() throws Exception {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(0));
      int port = taken.getLocalPort();
      ServeSettings settings = ServeEnv.in(temp, CONFIG).with("PORT", Integer.toString(port)).settings();

      assertThatThrownBy(() -> Application.start(settings)).isInstanceOf(SettingsException.class)
          .hasMessage("PORT " + port + " is already in use by another program: stop it, or set PORT to a free port");
      assertThat(dataFolderAppearsWithin(temp.resolve("data"), Duration.ofSeconds(2))).isFalse();
    }
  }

  /** Watches for a while, since an encoder loader started in the background would write late. */
  private static boolean dataFolderAppearsWithin(Path folder, Duration watch) throws InterruptedException {
    long end = System.nanoTime() + watch.toNanos();
    while (System.nanoTime() < end) {
      if (Files.exists(folder)) {
        return true;
      }
      Thread.sleep(50);
    }
    return Files.exists(folder);
  }

  @Test
  void aBindFailureAfterTheCheckIsExplainedTheSameWay() {
    Exception explained = PortCheck.explained(new java.io.IOException("Failed to bind to 0.0.0.0/0.0.0.0:3000",
        new java.net.BindException("Address already in use")), 3000);

    assertThat(explained).isInstanceOf(SettingsException.class).hasMessageStartingWith("PORT 3000 is already in use");
  }
}
