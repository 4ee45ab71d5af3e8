package com.partnershipbot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** Fixture configs for tests, and private copies of them that a test may edit. */
public final class TestConfig {
  public static final String ADMIN = "UADMIN0001";
  /**
   * The adapter, storage and admin tests' FAQ: five answers, each showing one kind of reply (its
   * bot.yml says which), and {@link #ADMIN} as the one admin.
   */
  public static final Path FAQ = Path.of("src/test/resources/configs/small-faq");
  /** Two answers (azure: alias hosting; compute: alias stargate) and {@link #ADMIN} as the one admin. */
  public static final Path SMALL_FAQ = Path.of("src/test/resources/configs/two-answers-and-an-admin");

  private TestConfig() {}

  /** Copies {@link #FAQ} into dir/config. */
  public static Path copy(Path dir) throws IOException {
    return copy(FAQ, dir);
  }

  /** Copies {@link #SMALL_FAQ} into dir/config. */
  public static Path copySmall(Path dir) throws IOException {
    return copy(SMALL_FAQ, dir);
  }

  private static Path copy(Path source, Path dir) throws IOException {
    Path target = dir.resolve("config");
    try (Stream<Path> files = Files.walk(source)) {
      files.forEach(file -> copyOne(file, target.resolve(source.relativize(file).toString())));
    }
    return target;
  }

  public static void edit(Path file, UnaryOperator<String> change) throws IOException {
    String before = Files.readString(file, StandardCharsets.UTF_8);
    String after = change.apply(before);
    if (after.equals(before)) {
      throw new IllegalStateException("the edit changed nothing in " + file);
    }
    Files.writeString(file, after, StandardCharsets.UTF_8);
  }

  private static void copyOne(Path from, Path to) {
    try {
      if (Files.isDirectory(from)) {
        Files.createDirectories(to);
      } else {
        Files.copy(from, to);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
