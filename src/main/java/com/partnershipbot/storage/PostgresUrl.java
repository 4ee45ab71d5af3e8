package com.partnershipbot.storage;

import com.partnershipbot.env.SettingsException;
import java.net.URI;
import java.net.URISyntaxException;

/** Accepts the PostgreSQL URL styles people paste: JDBC's, and the postgres:// style of hosting platforms. */
final class PostgresUrl {
  private static final String JDBC = "jdbc:postgresql://";

  private PostgresUrl() {}

  static String toJdbc(String url) {
    String value = url.strip();
    if (value.startsWith(JDBC)) {
      return value;
    }
    if (value.startsWith("postgres://") || value.startsWith("postgresql://")) {
      return fromUri(value);
    }
    throw new SettingsException("DATABASE_URL must be a PostgreSQL URL such as "
        + "jdbc:postgresql://db.example.com:5432/partnershipbot or postgres://db.example.com:5432/partnershipbot");
  }

  /** host:port/database without credentials or parameters. */
  static String describe(String jdbcUrl) {
    String rest = jdbcUrl.substring(JDBC.length());
    int query = rest.indexOf('?');
    return query < 0 ? rest : rest.substring(0, query);
  }

  private static String fromUri(String value) {
    try {
      URI uri = new URI(value);
      if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
        throw new SettingsException("DATABASE_URL must name a host and a database, like postgres://HOST:5432/DATABASE");
      }
      String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
      String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
      return JDBC + uri.getHost() + port + uri.getRawPath() + query;
    } catch (URISyntaxException e) {
      throw new SettingsException("DATABASE_URL is not a valid URL (check for spaces or unescaped characters)");
    }
  }
}
