package com.partnershipbot.slack;

import static com.partnershipbot.slack.SlashCommandTest.ack;
import static com.partnershipbot.slack.SlashCommandTest.buttons;
import static com.partnershipbot.slack.SlashCommandTest.contextTexts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * /partnership over real HTTP when the bot is not sure: one likely topic is suggested with its
 * button, and a decline is short, names what the bot covers and points own-organisation questions
 * to the contact admins set. The fixture config's thresholds force each outcome.
 */
class UnsureRepliesTest {
  private static final String HELP_HINT = "Send *help* to see every topic I cover.";
  private static SlackHarness slack;

  @BeforeAll
  static void start() throws Exception {
    slack = new SlackHarness(Path.of("src/test/resources/configs/unsure-replies"));
  }

  @AfterAll
  static void stop() throws Exception {
    slack.close();
  }

  @Test
  void aLoneLikelyTopicIsSuggestedWithItsOneButton() throws Exception {
    JsonNode reply = command("which cloud runs the stateless openai apis now?");

    assertThat(sectionTexts(reply.get("blocks"))).containsExactly("Did you mean *Azure and stateless OpenAI APIs*?");
    assertThat(buttons(reply.get("blocks"), "choices")).singleElement()
        .satisfies(button -> assertThat(button.get("value").asText()).isEqualTo("azure"));
    assertThat(reply.get("text").asText()).isEqualTo("Did you mean Azure and stateless OpenAI APIs?");
  }

  @Test
  void aDeclineOffersAtMostThreeNearestTopicsAndTheHelpHint() throws Exception {
    JsonNode reply = command("what did microsoft and openai agree about money and models and clouds?");

    assertThat(sectionTexts(reply.get("blocks"))).singleElement().asString()
        .endsWith("I only answer questions about the OpenAI and Microsoft partnership.");
    assertThat(buttons(reply.get("blocks"), "choices")).hasSizeBetween(1, 3);
    assertThat(contextTexts(reply.get("blocks"))).containsExactly(HELP_HINT);
  }

  @Test
  void aDeclineWithNothingNearIsTheFallbackAndTheHintWithoutButtons() throws Exception {
    JsonNode reply = command("tell me a joke");

    assertThat(reply.get("blocks")).hasSize(2);
    assertThat(buttons(reply.get("blocks"), "")).isEmpty();
    assertThat(contextTexts(reply.get("blocks"))).containsExactly(HELP_HINT);
    assertThat(reply.get("text").asText()).doesNotContain("#ai-office");
  }

  @Test
  void aQuestionAboutTheOwnOrganisationPointsToTheInternalContact() throws Exception {
    JsonNode reply = command("who is our AI lead?");

    assertThat(sectionTexts(reply.get("blocks"))).singleElement().asString()
        .endsWith("For your organisation's own AI policies, tools and people, ask #ai-office.");
    assertThat(reply.get("text").asText()).contains("ask #ai-office.");
  }

  private static JsonNode command(String question) throws Exception {
    JsonNode reply = ack(slack.client.command(question, slack.slackApi.responseUrl("unsure")));
    assertThat(reply.path("response_type").asText("ephemeral")).isEqualTo("ephemeral");
    return reply;
  }

  private static List<String> sectionTexts(JsonNode blocks) {
    List<String> texts = new ArrayList<>();
    for (JsonNode block : blocks) {
      if (block.get("type").asText().equals("section")) {
        texts.add(block.get("text").get("text").asText());
      }
    }
    return texts;
  }
}
