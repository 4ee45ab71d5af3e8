package com.partnershipbot.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a config file may be, checked before a byte of it is parsed: a regular file inside
 * bot-config/ (a link that leads outside is not read at all), at most {@link #MAX_FILE_BYTES}, no
 * line longer than {@link #MAX_LINE_CHARS}, and all files together at most {@link #MAX_TOTAL_BYTES}.
 * The YAML scanner's cost grows with the square of its longest token, so the line cap is what
 * keeps parsing linear.
 */
final class ConfigLimits {
  static final long MAX_FILE_BYTES = 256 * 1024;
  static final int MAX_LINE_CHARS = 16 * 1024;
  static final long MAX_TOTAL_BYTES = 32L * 1024 * 1024;

  private ConfigLimits() {}

  /** Why this file must not be read (a link out of the config, or too large), or empty when it may be. */
  static Optional<ConfigProblem> beforeReading(Path configDir, Path file) {
    try {
      if (!file.toRealPath().startsWith(configDir.toRealPath())) {
        return Optional.of(ConfigProblem.error(file.toString(), 1, 1, "not read: this is a link to a file outside "
            + "the config folder; copy the file into the folder instead"));
      }
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        return Optional.of(ConfigProblem.error(file.toString(), 1, 1, "not read: " + name(configDir, file) + " is "
            + bytes(size) + "; the limit is " + bytes(MAX_FILE_BYTES) + " (split it into several answer files)"));
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(ConfigProblem.error(file.toString(), 1, 1, "cannot read this file: "
          + e.getClass().getSimpleName()));
    }
  }

  /**
   * An error when the files that may be read (each within its own limit) come to more than
   * {@link #MAX_TOTAL_BYTES} together; sizes come from the folder listing, nothing is read.
   */
  static Optional<ConfigProblem> total(Path configDir, List<Path> files) {
    long total = 0;
    for (Path file : files) {
      try {
        long size = Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Files.size(file) : 0;
        total += size <= MAX_FILE_BYTES ? size : 0;
      } catch (IOException e) {
        // reported when the file itself is read
      }
    }
    if (total <= MAX_TOTAL_BYTES) {
      return Optional.empty();
    }
    return Optional.of(ConfigProblem.error(configDir.toString(), 1, 1, "not read: the config files come to "
        + bytes(total) + "; the limit is " + bytes(MAX_TOTAL_BYTES) + " for all of them together"));
  }

  /** The first line longer than {@link #MAX_LINE_CHARS}, as a problem at the character past the limit. */
  static Optional<ConfigProblem> longLine(String file, String text) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        int length = i - start;
        if (length > MAX_LINE_CHARS) {
          return Optional.of(ConfigProblem.error(file, line, MAX_LINE_CHARS + 1, "line " + line + " is "
              + String.format(Locale.ROOT, "%,d", length) + " characters long; the limit is "
              + String.format(Locale.ROOT, "%,d", MAX_LINE_CHARS) + " (break long text over several lines with '|')"));
        }
        line++;
        start = i + 1;
      }
    }
    return Optional.empty();
  }

  private static String name(Path configDir, Path file) {
    Path relative = configDir.relativize(file);
    return relative.toString().replace('\\', '/');
  }

  static String bytes(long bytes) {
    if (bytes >= 1024 * 1024) {
      return String.format(Locale.ROOT, "%d MB", Math.round(bytes / (1024.0 * 1024)));
    }
    if (bytes >= 1024) {
      return String.format(Locale.ROOT, "%d KB", Math.round(bytes / 1024.0));
    }
    return bytes + " bytes";
  }
}
