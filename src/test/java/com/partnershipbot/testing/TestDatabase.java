package com.partnershipbot.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.partnershipbot.storage.DatabaseSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A real, empty database for one test: embedded H2 in a temporary directory, or a fresh schema in
 * the PostgreSQL named by TEST_DATABASE_URL, TEST_DATABASE_USER and TEST_DATABASE_PASSWORD
 * (CI sets them; without them the PostgreSQL cases are skipped with the reason).
 */
public final class TestDatabase implements AutoCloseable {
  public static final String H2 = "h2";
  public static final String POSTGRESQL = "postgresql";

  private final DatabaseSettings settings;
  private final String schema;

  private TestDatabase(DatabaseSettings settings, String schema) {
    this.settings = settings;
    this.schema = schema;
  }

  /** The kinds to run storage tests on. */
  public static Stream<String> kinds() {
    return Stream.of(H2, POSTGRESQL);
  }

  public static TestDatabase create(String kind, Path tempDir) throws SQLException {
    if (H2.equals(kind)) {
      return new TestDatabase(DatabaseSettings.embedded(tempDir.resolve("data")), null);
    }
    String url = System.getenv("TEST_DATABASE_URL");
    if ("true".equals(System.getenv("CI")) && !postgresAvailable()) {
      throw new IllegalStateException("CI must test PostgreSQL: .ci/run should have set TEST_DATABASE_URL");
    }
    assumeTrue(postgresAvailable(),
        "TEST_DATABASE_URL is not set: PostgreSQL cases skipped (.ci/run starts PostgreSQL and sets it)");
    String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    try (Connection connection = DriverManager.getConnection(url, user(), password());
         Statement statement = connection.createStatement()) {
      statement.execute("CREATE SCHEMA " + schema);
    }
    String withSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new TestDatabase(DatabaseSettings.jdbc(withSchema, user(), password(), true), schema);
  }

  public static boolean postgresAvailable() {
    String url = System.getenv("TEST_DATABASE_URL");
    return url != null && !url.isBlank();
  }

  /** The PostgreSQL URL for settings given through the environment, as DATABASE_URL. */
  public String jdbcUrl() {
    return settings.jdbcUrl();
  }

  public static String user() {
    return System.getenv().getOrDefault("TEST_DATABASE_USER", "");
  }

  public static String password() {
    return System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", "");
  }

  public DatabaseSettings settings() {
    return settings;
  }

  /** A plain connection for checking rows directly. */
  public Connection connect() throws SQLException {
    return DriverManager.getConnection(settings.jdbcUrl(), schema == null ? "sa" : user(),
        schema == null ? "" : password());
  }

  @Override
  public void close() throws SQLException {
    if (schema == null) {
      return;
    }
    try (Connection connection = DriverManager.getConnection(System.getenv("TEST_DATABASE_URL"), user(), password());
         Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }
}
