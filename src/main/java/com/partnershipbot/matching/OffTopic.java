package com.partnershipbot.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Examples of questions people ask a workplace bot that this FAQ is not for (product support,
 * prices, company facts, chit-chat). A question closer to one of these than to any curated
 * question loses confidence, so near misses like "how do I get an API key" are not answered.
 */
final class OffTopic {
  private static final String RESOURCE = "off-topic.txt";
  private static final List<String> EXAMPLES = read();

  private OffTopic() {}

  static List<String> examples() {
    return EXAMPLES;
  }

  private static List<String> read() {
    try (InputStream in = OffTopic.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE + " from the jar failed", e);
    }
  }
}
