package com.partnershipbot.env;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings from environment variables. A secret may instead live in a file named by
 * {@code NAME_FILE} (as Docker and Kubernetes secrets do). Values are never logged.
 */
public final class Env {
  private final Map<String, String> variables;

  public Env(Map<String, String> variables) {
    this.variables = Map.copyOf(variables);
  }

  public static Env system() {
    return new Env(System.getenv());
  }

  /** The value of NAME, or the contents of the file NAME_FILE names; blank counts as unset. */
  public Optional<String> get(String name) {
    String value = variables.get(name);
    if (value != null && !value.isBlank()) {
      return Optional.of(value.strip());
    }
    String file = variables.get(name + "_FILE");
    if (file == null || file.isBlank()) {
      return Optional.empty();
    }
    try {
      String contents = Files.readString(Path.of(file.strip()), StandardCharsets.UTF_8).strip();
      return contents.isEmpty() ? Optional.empty() : Optional.of(contents);
    } catch (IOException e) {
      throw new SettingsException(name + "_FILE names " + file.strip() + ", which cannot be read");
    }
  }

  public String get(String name, String fallback) {
    return get(name).orElse(fallback);
  }

  public boolean isSet(String name) {
    return get(name).isPresent();
  }

  /** A TCP port number, 0 to 65535. */
  public int port(String name, int fallback) {
    Optional<String> value = get(name);
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      int port = Integer.parseInt(value.get());
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new SettingsException(name + " must be a port number from 0 to 65535, not '" + value.get() + "'");
  }

  /** "true" or "false" (any case). */
  public boolean flag(String name, boolean fallback) {
    Optional<String> value = get(name);
    if (value.isEmpty()) {
      return fallback;
    }
    String text = value.get().toLowerCase(java.util.Locale.ROOT);
    if (text.equals("true") || text.equals("false")) {
      return Boolean.parseBoolean(text);
    }
    throw new SettingsException(name + " must be true or false, not '" + value.get() + "'");
  }

  /** A whole number of seconds, 0 to {@code max}. */
  public java.time.Duration seconds(String name, long fallback, long max) {
    Optional<String> value = get(name);
    if (value.isEmpty()) {
      return java.time.Duration.ofSeconds(fallback);
    }
    try {
      long seconds = Long.parseLong(value.get());
      if (seconds >= 0 && seconds <= max) {
        return java.time.Duration.ofSeconds(seconds);
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new SettingsException(name + " must be a whole number of seconds from 0 to " + max + ", not '"
        + value.get() + "'");
  }

  /**
   * For settings that only work together: true when all are set, false when none are, and a
   * {@link SettingsException} naming the missing ones when only some are.
   */
  public boolean allOrNone(String feature, String... names) {
    List<String> missing = new ArrayList<>();
    for (String name : names) {
      if (!isSet(name)) {
        missing.add(name);
      }
    }
    if (missing.isEmpty()) {
      return true;
    }
    if (missing.size() == names.length) {
      return false;
    }
    throw new SettingsException(feature + " is half-configured: set " + String.join(" and ", missing)
        + " (or unset " + String.join(", ", present(names, missing)) + " to turn " + feature + " off)");
  }

  private static List<String> present(String[] names, List<String> missing) {
    List<String> present = new ArrayList<>(List.of(names));
    present.removeAll(missing);
    return present;
  }
}
