package com.partnershipbot.storage;

import com.partnershipbot.env.Env;
import com.partnershipbot.env.SettingsException;
import java.nio.file.Path;

/**
 * Where records live: PostgreSQL when DATABASE_URL, DATABASE_USER and DATABASE_PASSWORD are set
 * (shared by every instance), otherwise an embedded H2 file in the data directory.
 */
public final class DatabaseSettings {
  static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

  private final String jdbcUrl;
  private final String user;
  private final String password;
  private final boolean shared;
  private final String description;

  private DatabaseSettings(String jdbcUrl, String user, String password, boolean shared, String description) {
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
    this.shared = shared;
    this.description = description;
  }

  /** PostgreSQL when its three variables are set (failing, naming the missing ones, when only some are), else H2 in dataDir. */
  public static DatabaseSettings from(Env env, Path dataDir) {
    if (env.allOrNone("PostgreSQL storage", "DATABASE_URL", "DATABASE_USER", "DATABASE_PASSWORD")) {
      return postgres(env.get("DATABASE_URL").orElseThrow(), env.get("DATABASE_USER").orElseThrow(),
          env.get("DATABASE_PASSWORD").orElseThrow());
    }
    return embedded(dataDir);
  }

  /** An H2 file database in dir, created on first use; other processes (like {@code report}) may open it too. */
  public static DatabaseSettings embedded(Path dir) {
    Path file = dir.toAbsolutePath().normalize().resolve("partnership-bot");
    return new DatabaseSettings("jdbc:h2:file:" + file + H2_OPTIONS + ";AUTO_SERVER=TRUE", "sa", "", false,
        "H2 file " + dir.resolve("partnership-bot.mv.db"));
  }

  /** PostgreSQL from a {@code jdbc:postgresql://} or {@code postgres://} URL. */
  public static DatabaseSettings postgres(String url, String user, String password) {
    String jdbcUrl = PostgresUrl.toJdbc(url);
    return new DatabaseSettings(jdbcUrl, user, password, true, "PostgreSQL at " + PostgresUrl.describe(jdbcUrl));
  }

  /** Any JDBC URL, for tests and tools; {@code shared} says whether several instances use it. */
  public static DatabaseSettings jdbc(String jdbcUrl, String user, String password, boolean shared) {
    if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:")) {
      throw new SettingsException("a JDBC URL starts with jdbc:");
    }
    return new DatabaseSettings(jdbcUrl, user, password, shared, jdbcUrl.replaceAll("[?;].*", ""));
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  public String user() {
    return user;
  }

  String password() {
    return password;
  }

  /** True when several instances may share this database (PostgreSQL). */
  public boolean shared() {
    return shared;
  }

  public boolean isPostgres() {
    return jdbcUrl.startsWith("jdbc:postgresql:");
  }

  /** Where the records are, for logs and admins; never includes the password. */
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return description;
  }
}
