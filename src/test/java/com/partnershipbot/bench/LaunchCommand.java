package com.partnershipbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM flags of README's first command, {@code java [flags] -jar target/partnership-bot.jar serve}:
 * the drivers start the bot with exactly these, so a user who copies the command gets the figures
 * they measured.
 */
final class LaunchCommand {
  static final Path README = Path.of("README.md");
  /** {@code java [flags] -jar .../partnership-bot.jar serve}, the jar wherever it is. */
  private static final Pattern SERVE = Pattern.compile("\\bjava((?: +-\\S+)*) +-jar +\\S*partnership-bot\\.jar +serve\\b");

  /** The flag that names the class archive the build writes (docs/deployment.md#faster-starts). */
  static final String ARCHIVE = "-XX:SharedArchiveFile=";

  private LaunchCommand() {}

  /** The flags between {@code java} and {@code -jar} in the first line of {@code readme} that starts serve. */
  static List<String> flags(Path readme) throws IOException {
    return everyServeCommand(Files.readString(readme)).stream().findFirst().orElseThrow(
        () -> new IllegalStateException(readme + " has no command java [flags] -jar target/partnership-bot.jar serve"));
  }

  /** The flags of each command in {@code text} that starts serve, in order. */
  static List<List<String>> everyServeCommand(String text) {
    Matcher serve = SERVE.matcher(text);
    List<List<String>> commands = new ArrayList<>();
    while (serve.find()) {
      commands.add(Arrays.stream(serve.group(1).trim().split(" +")).filter(flag -> !flag.isEmpty()).toList());
    }
    return commands;
  }

  /**
   * The flags with the class archive's path cut to its file name: a deployment keeps the archive
   * next to its jar, wherever that is.
   */
  static List<String> portable(List<String> flags) {
    return flags.stream().map(flag -> flag.startsWith(ARCHIVE) ? ARCHIVE + Path.of(flag.substring(ARCHIVE.length()))
        .getFileName() : flag).toList();
  }

  /** From this project's README. */
  static List<String> flags() throws IOException {
    return flags(README);
  }
}
