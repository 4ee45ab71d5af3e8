package com.partnershipbot.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Examples of questions people ask a workplace bot that this FAQ is not for (product support,
 * prices, company facts, chit-chat, the asker's own organisation). A question closer to one of
 * these than to any curated question loses confidence, so near misses like "how do I get an API
 * key" are not answered. Each example keeps the kind named by the {@code # --- kind: ...} heading
 * above it, so a decline can say where such questions go.
 */
final class OffTopic {
  /** The kind of the questions about the asker's own company, its policies, tools and people. */
  static final String OWN_ORGANISATION = "own organisation";
  /** The kind of the examples admins add in bot.yml. */
  static final String ADMINS = "admins' examples";

  private static final String RESOURCE = "off-topic.txt";
  private static final String HEADING = "# --- ";
  private static final List<Example> EXAMPLES = read();

  private OffTopic() {}

  /** One example and its kind. */
  record Example(String text, String kind) {}

  static List<Example> examples() {
    return EXAMPLES;
  }

  private static List<Example> read() {
    try (InputStream in = OffTopic.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE + " from the jar failed", e);
    }
  }

  static List<Example> parse(String text) {
    List<Example> examples = new ArrayList<>();
    String kind = "other";
    for (String line : text.lines().map(String::strip).toList()) {
      if (line.startsWith(HEADING)) {
        kind = line.substring(HEADING.length()).split(":", 2)[0].strip();
      } else if (!line.isEmpty() && !line.startsWith("#")) {
        examples.add(new Example(line, kind));
      }
    }
    return List.copyOf(examples);
  }
}
