package com.partnershipbot.env;

import java.util.Locale;

/**
 * LOG_FORMAT: {@code text} (the default, one readable line per event) or {@code json} (one JSON
 * object per line). logback.xml picks its appender by this variable when logging starts.
 */
public final class LogFormat {
  public static final String VARIABLE = "LOG_FORMAT";
  public static final String TEXT = "text";
  public static final String JSON = "json";

  private LogFormat() {}

  /** The format named, or {@link #TEXT} when unset; null when it names neither. */
  public static String of(String value) {
    if (value == null || value.isBlank()) {
      return TEXT;
    }
    String format = value.strip().toLowerCase(Locale.ROOT);
    return format.equals(TEXT) || format.equals(JSON) ? format : null;
  }

  /** Fails, naming the variable, when it is set to anything but text or json. */
  public static String from(Env env) {
    String format = of(env.get(VARIABLE).orElse(null));
    if (format == null) {
      throw new SettingsException(VARIABLE + " must be text or json, not '" + env.get(VARIABLE).orElse("") + "'");
    }
    return format;
  }
}
