package com.partnershipbot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnershipbot.env.Env;
import com.partnershipbot.env.SettingsException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where records go, from the environment: PostgreSQL URLs in the styles people paste, else embedded H2. */
class DatabaseSettingsTest {
  private static final Path DATA = Path.of("/srv/bot-data");

  @ParameterizedTest
  @CsvSource({
      "jdbc:postgresql://db.example.com:5432/bot, jdbc:postgresql://db.example.com:5432/bot",
      "postgres://db.example.com:6543/bot, jdbc:postgresql://db.example.com:6543/bot",
      "postgresql://db.example.com/bot?sslmode=require, jdbc:postgresql://db.example.com/bot?sslmode=require",
      "postgres://someone:hunter2@db.example.com/bot, jdbc:postgresql://db.example.com/bot"})
  void acceptsJdbcAndPostgresStyleUrls(String given, String jdbc) {
    DatabaseSettings settings = DatabaseSettings.from(env("DATABASE_URL", given), DATA);
    assertThat(settings.jdbcUrl()).isEqualTo(jdbc);
    assertThat(settings.shared()).isTrue();
    assertThat(settings.description()).startsWith("PostgreSQL at db.example.com").doesNotContain("hunter2", "secret");
    assertThat(settings.toString()).doesNotContain("secret");
  }

  @Test
  void refusesOtherDatabasesWithoutEchoingTheUrl() {
    assertThatThrownBy(() -> DatabaseSettings.from(env("DATABASE_URL", "mysql://root:hunter2@db/bot"), DATA))
        .isInstanceOf(SettingsException.class)
        .hasMessageStartingWith("DATABASE_URL must be a PostgreSQL URL such as jdbc:postgresql://")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void withoutDatabaseSettingsUsesAnH2FileInDataDir() {
    DatabaseSettings settings = DatabaseSettings.from(new Env(Map.of()), Path.of("/srv/bot-data"));
    assertThat(settings.shared()).isFalse();
    assertThat(settings.jdbcUrl()).startsWith("jdbc:h2:file:/srv/bot-data/partnership-bot;MODE=PostgreSQL");
    assertThat(settings.description()).isEqualTo("H2 file " + Path.of("/srv/bot-data/partnership-bot.mv.db"));
  }

  @Test
  void halfTheSettingsNameTheMissingOnes() {
    assertThatThrownBy(() -> DatabaseSettings.from(new Env(Map.of("DATABASE_URL", "postgres://db/bot",
        "DATABASE_PASSWORD", "secret")), DATA))
        .isInstanceOf(SettingsException.class).hasMessageContaining("set DATABASE_USER")
        .hasMessageNotContaining("secret");
  }

  private static Env env(String name, String value) {
    return new Env(Map.of(name, value, "DATABASE_USER", "bot", "DATABASE_PASSWORD", "secret"));
  }
}
