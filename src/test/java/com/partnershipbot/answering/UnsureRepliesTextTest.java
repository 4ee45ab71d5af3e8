package com.partnershipbot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.matching.TestMatching;
import com.partnershipbot.testing.TestConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unsure replies as the terminal shows them, and how they are counted. The fixture config's
 * thresholds force each outcome; one test removes its {@code internal_contact}.
 */
class UnsureRepliesTextTest {
  private static final Path FIXTURE = Path.of("src/test/resources/configs/unsure-replies");

  @Test
  void aSuggestionAsksAboutItsOneTopicAndCountsAsClarified() throws Exception {
    Reply reply = answers(FIXTURE).ask(Question.local("which cloud runs the stateless openai apis now?"));

    assertThat(PlainText.render(reply)).isEqualTo("Did you mean Azure and stateless OpenAI APIs?\n"
        + "  azure            Azure and stateless OpenAI APIs");
    assertThat(Outcomes.of(reply)).isEqualTo(Outcomes.CLARIFIED);
  }

  @Test
  void aDeclineIsTheFallbackTheNearestTopicsAndTheHelpHint() throws Exception {
    Reply reply = answers(FIXTURE).ask(Question.local("what did microsoft and openai agree about money and models and clouds?"));

    String text = PlainText.render(reply);
    assertThat(text).startsWith("I only answer questions about the OpenAI and Microsoft partnership.\nNearest topics:\n")
        .endsWith("\nSend help to see every topic I cover.");
    assertThat(text.lines()).hasSizeBetween(4, 6);
    assertThat(Outcomes.of(reply)).isEqualTo(Outcomes.NOT_FOUND);
  }

  @Test
  void anOwnOrganisationQuestionWithoutAContactIsToldTheBotKnowsOnlyThePartnership(@TempDir Path dir)
      throws Exception {
    Path config = copy(FIXTURE, dir);
    TestConfig.edit(config.resolve("bot.yml"), text -> text.replace("internal_contact: \"#ai-office\"\n", ""));

    String text = PlainText.render(answers(config).ask(Question.local("who is our AI lead?")));

    assertThat(text).isEqualTo("I only answer questions about the OpenAI and Microsoft partnership.\n"
        + Declines.NOT_OUR_ORGANISATION + "\nSend help to see every topic I cover.");
  }

  @Test
  void aQuestionNotAboutTheOrganisationIsNotPointedToTheContact() throws Exception {
    String text = PlainText.render(answers(FIXTURE).ask(Question.local("tell me a joke")));

    assertThat(text).isEqualTo("I only answer questions about the OpenAI and Microsoft partnership.\n"
        + "Send help to see every topic I cover.");
  }

  private static AnswerService answers(Path config) throws Exception {
    ConfigSnapshot snapshot = ConfigSnapshot.of(new ConfigLoader().load(config), TestMatching.factory());
    return new AnswerService(() -> snapshot);
  }

  private static Path copy(Path from, Path dir) throws Exception {
    Path to = dir.resolve("config");
    Files.createDirectories(to.resolve("answers"));
    try (var files = Files.list(from.resolve("answers"))) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve("answers").resolve(file.getFileName()));
      }
    }
    Files.copy(from.resolve("bot.yml"), to.resolve("bot.yml"));
    return to;
  }
}
