package com.partnershipbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Admins' own off-topic examples in bot.yml turn an unwanted answer into "no answer". MiniLM alone
 * answers the question below wrongly (the second opinion already declines it), which is the case
 * the examples are for.
 */
class AdminOffTopicTest {
  private static final String QUESTION = "microsoft build 2026 dates";

  @Test
  void anOffTopicExampleFromBotYmlStopsAnUnwantedAnswer(@TempDir Path temp) throws IOException {
    Path config = copyOfShippedConfig(temp);
    assertThat(TestMatching.firstEncoderOnly().build(Matchers.load(config)).match(QUESTION).outcome()).isEqualTo(Outcome.ANSWER);

    Files.writeString(config.resolve("bot.yml"), Files.readString(config.resolve("bot.yml"))
        + "\noff_topic:\n  - What are the dates of Microsoft Build 2026?\n");

    Match match = TestMatching.firstEncoderOnly().build(Matchers.load(config)).match(QUESTION);
    assertThat(match.outcome()).isEqualTo(Outcome.NO_ANSWER);
    assertThat(TestMatching.firstEncoderOnly().build(Matchers.load(config)).match("when did openai and microsoft first partner").id())
        .isEqualTo("history");
  }

  private static Path copyOfShippedConfig(Path temp) throws IOException {
    Path target = temp.resolve("bot-config");
    try (Stream<Path> files = Files.walk(Matchers.SHIPPED)) {
      for (Path source : files.toList()) {
        Path copy = target.resolve(Matchers.SHIPPED.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(source, copy);
        }
      }
    }
    return target;
  }
}
