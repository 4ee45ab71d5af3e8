package com.partnershipbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/** Runs the command line in this JVM, as main does but without exiting, and captures what it prints. */
final class Cli {
  static final Path FIXTURES = Path.of("src/test/resources/configs");

  private Cli() {}

  /** What one run printed and how it ended. */
  record Run(int exitCode, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }

    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = PartnershipBot.commandLine();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int exitCode = line.execute(args);
    return new Run(exitCode, out.toString().replace("\r\n", "\n"), err.toString().replace("\r\n", "\n"));
  }

  /** A copy of a fixture config whose answers were all reviewed today, so no answer is stale whenever this runs. */
  static Path freshCopy(String fixture, Path target) throws IOException {
    Path source = FIXTURES.resolve(fixture);
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }
    try (Stream<Path> answers = Files.list(target.resolve("answers"))) {
      for (Path answer : answers.toList()) {
        String text = Files.readString(answer);
        Files.writeString(answer, text.replace("reviewed: 2026-05-01", "reviewed: " + LocalDate.now()));
      }
    }
    return target;
  }

  static void replace(Path file, String old, String replacement) throws IOException {
    String text = Files.readString(file);
    assertThat(text).contains(old);
    Files.writeString(file, text.replace(old, replacement));
  }
}
