package com.partnershipbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading remembers where each answer's title and curated questions are written. */
class EntryLinesTest {
  private static final Path FIXTURE = ConfigValidationTest.FIXTURES.resolve("confusable-questions");

  @TempDir
  Path dir;

  @Test
  void eachQuestionIsLocatedAtItsListItem() throws InvalidConfigException {
    Knowledge knowledge = new ConfigLoader(ConfigValidationTest.TODAY).load(FIXTURE);
    String file = FIXTURE.resolve("answers/azure.yml").toString();

    EntryLines lines = knowledge.lines("azure").orElseThrow();

    assertThat(lines.title()).isEqualTo(new Location(file, 2, 8));
    assertThat(lines.questions()).containsExactly(new Location(file, 6, 5), new Location(file, 7, 5),
        new Location(file, 8, 5), new Location(file, 9, 5));
  }

  @Test
  void anEmptyListItemIsSkippedAsTheAnswersQuestionsSkipIt() throws IOException, InvalidConfigException {
    Files.createDirectories(dir.resolve("answers"));
    Files.copy(FIXTURE.resolve("bot.yml"), dir.resolve("bot.yml"));
    Path azure = dir.resolve("answers/azure.yml");
    Files.writeString(azure, Files.readString(FIXTURE.resolve("answers/azure.yml"))
        .replace("  - Where are OpenAI API calls hosted?\n", "  -\n  - Where are OpenAI API calls hosted?\n"));

    Knowledge knowledge = new ConfigLoader(ConfigValidationTest.TODAY).load(dir);

    assertThat(knowledge.entry("azure").orElseThrow().questions().get(1)).isEqualTo("Where are OpenAI API calls hosted?");
    assertThat(knowledge.lines("azure").orElseThrow().question(1)).isEqualTo(new Location(azure.toString(), 8, 5));
  }
}
