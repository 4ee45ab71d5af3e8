package com.partnershipbot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** A private copy of bot-config/ that a test may edit. */
public final class TestConfig {
  public static final String ADMIN = "UADMIN0001";

  private TestConfig() {}

  /** Copies bot-config/ into dir/bot-config, with {@link #ADMIN} as the one admin. */
  public static Path copy(Path dir) throws IOException {
    Path source = Path.of("bot-config");
    Path target = dir.resolve("bot-config");
    try (Stream<Path> files = Files.walk(source)) {
      files.forEach(file -> copyOne(file, target.resolve(source.relativize(file).toString())));
    }
    edit(target.resolve("bot.yml"), text -> text.replace("admins: []", "admins: [" + ADMIN + "]"));
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
