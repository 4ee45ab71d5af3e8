package com.partnershipbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.testing.ClassHarness;
import com.fasterxml.jackson.databind.JsonNode;
import com.partnershipbot.answering.Json;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** /partnership over real HTTP: answers in the channel, help and prompts only to the asker, admin commands. */
class SlashCommandTest {
  @RegisterExtension
  static final ClassHarness<SlackHarness> harness = ClassHarness.of(folder -> new SlackHarness());

  @Test
  void answersAQuestionInTheChannelWithTitleAnswerSourceAndButtons() throws Exception {
    JsonNode reply = ack(harness.get().client.command("is Azure still exclusive?", harness.get().slackApi.responseUrl("answer")));

    assertThat(reply.get("response_type").asText()).isEqualTo("in_channel");
    assertThat(reply.get("text").asText()).startsWith("Where the stateless APIs are hosted");
    JsonNode blocks = reply.get("blocks");
    assertThat(blocks.get(0).get("type").asText()).isEqualTo("header");
    assertThat(blocks.get(0).get("text").get("text").asText()).isEqualTo("Where the stateless APIs are hosted");
    assertThat(blocks.get(1).get("text").get("text").asText()).contains("The stateless APIs are hosted on Azure alone.");
    assertThat(contextTexts(blocks)).anySatisfy(text -> assertThat(text)
        .contains("Source: Small FAQ source").contains("Reviewed 30 Sep 2026"));
    assertThat(buttons(blocks, "related")).extracting(b -> b.get("value").asText())
        .containsExactly("compute", "model-licence", "product-licence");
    assertThat(buttons(blocks, "feedback")).extracting(b -> b.get("text").get("text").asText())
        .containsExactly("Helpful", "Not helpful");
  }

  @Test
  void emptyCommandAndHelpListEveryTopicOnlyToTheAsker() throws Exception {
    for (String text : List.of("", "help")) {
      JsonNode reply = ack(harness.get().client.command(text, harness.get().slackApi.responseUrl("help")));
      assertThat(reply.has("response_type") ? reply.get("response_type").asText() : "ephemeral").isEqualTo("ephemeral");
      assertThat(buttons(reply.get("blocks"), "choices")).hasSize(harness.get().answers.topics().size());
      assertThat(reply.get("text").asText()).contains("Where the stateless APIs are hosted");
    }
  }

  @Test
  void unknownQuestionGetsThePrivateFallbackQuotingTheWordsWithoutPinging() throws Exception {
    JsonNode reply = ack(harness.get().client.command("<!channel> what's the wifi password &amp; &lt;@U123&gt;? "
        + "<https://wifi.example|see here>", harness.get().slackApi.responseUrl("fallback")));

    assertThat(reply.has("response_type") ? reply.get("response_type").asText() : "ephemeral").isEqualTo("ephemeral");
    String shown = reply.get("blocks").get(0).get("text").get("text").asText();
    assertThat(shown).contains("“what's the wifi password &amp; &lt;@U123&gt;? see here”")
        .doesNotContain("<!channel>").doesNotContain("<@U123>").doesNotContain("channel");
    assertThat(reply.get("text").asText()).doesNotContain("<!channel>");
    assertThat(buttons(reply.get("blocks"), "choices")).hasSizeLessThanOrEqualTo(3);
    assertThat(reply.get("blocks").toString()).contains("to see every topic I cover");
  }

  @Test
  void theReplyDeclaresItsLengthInUtf8BytesAndItsType() throws Exception {
    HttpResponse<String> response = harness.get().client.command("<!channel> what's the wifi password?",
        harness.get().slackApi.responseUrl("length"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("“");
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
        .startsWith("application/json"));
    assertThat(response.headers().firstValueAsLong("Content-Length"))
        .hasValue(response.body().getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void clarifyOffersChoicesPrivatelyAndAChoiceIsPostedInTheChannel() throws Exception {
    JsonNode reply = ack(harness.get().client.command("licence terms?",
        harness.get().slackApi.responseUrl("clarify")));
    assertThat(reply.has("response_type") ? reply.get("response_type").asText() : "ephemeral").isEqualTo("ephemeral");
    assertThat(reply.get("blocks").get(0).get("text").get("text").asText()).startsWith("I'm not sure which topic");
    JsonNode choice = buttons(reply.get("blocks"), "choices").get(0);
    String responseUrl = harness.get().slackApi.responseUrl("clarify-click");

    HttpResponse<String> click = harness.get().client.action(Payloads.click(choice.get("action_id").asText(), "choices",
        choice.get("value").asText(), true, null, "message", responseUrl));

    assertThat(click.statusCode()).isEqualTo(200);
    List<FakeSlackApi.Call> posts = harness.get().slackApi.await("/response/clarify-click", c -> true, 2);
    assertThat(posts).hasSize(2);
    assertThat(posts).anySatisfy(post -> {
      assertThat(post.field("response_type")).isEqualTo("in_channel");
      assertThat(post.field("replace_original")).isEqualTo("false");
      assertThat(post.blocks().get(0).get("text").get("text").asText())
          .isEqualTo(harness.get().answers.topic(choice.get("value").asText()).map(r -> titleOf(r)).orElseThrow());
    });
    assertThat(posts).anySatisfy(post -> assertThat(post.field("delete_original")).isEqualTo("true"));
  }

  @Test
  void feedbackThanksOnlyTheClickerLeavesTheAnswerForEveryoneAndCountsOneVotePerPerson() throws Exception {
    String responseUrl = harness.get().slackApi.responseUrl("feedback-click");
    int before = harness.get().tally.helpful("hosting");
    String click = Payloads.click(ActionIds.HELPFUL, "feedback", "hosting", false, null, "message", responseUrl);

    assertThat(harness.get().client.action(click).statusCode()).isEqualTo(200);
    assertThat(harness.get().client.action(click).statusCode()).isEqualTo(200);

    List<FakeSlackApi.Call> thanks = harness.get().slackApi.await("/response/feedback-click", c -> true, 2);
    assertThat(harness.get().tally.helpful("hosting")).isEqualTo(before + 1);
    assertThat(thanks).allSatisfy(post -> {
      assertThat(post.field("response_type")).isEqualTo("ephemeral");
      assertThat(post.field("replace_original")).isEqualTo("false");
    });
    assertThat(thanks).extracting(post -> post.field("text"))
        .containsExactlyInAnyOrder(FeedbackButtonHandler.THANKS, FeedbackButtonHandler.ALREADY);
  }

  @Test
  void notHelpfulIsCountedSeparately() throws Exception {
    int before = harness.get().tally.unhelpful("compute");

    harness.get().client.action(Payloads.click(ActionIds.NOT_HELPFUL, "feedback", "compute", false, null, "message",
        harness.get().slackApi.responseUrl("unhelpful")));

    assertThat(harness.get().tally.unhelpful("compute")).isEqualTo(before + 1);
  }

  @Test
  void adminCommandsGoToTheConsoleAndTheReplyIsPrivate() throws Exception {
    HttpResponse<String> ack = harness.get().client.command("admin reload now", harness.get().slackApi.responseUrl("admin"));

    assertThat(ack.statusCode()).isEqualTo(200);
    FakeSlackApi.Call reply = harness.get().slackApi.await("/response/admin", c -> true, 1).get(0);
    assertThat(reply.field("response_type")).isEqualTo("ephemeral");
    assertThat(reply.field("text")).isEqualTo("Config version `abc123`, 14 answers. &lt;!channel&gt; stays text.");
    assertThat(harness.get().adminCommands).contains("slack " + SignedClient.USER + " reload now");
  }

  private static String titleOf(com.partnershipbot.answering.Reply reply) {
    return ((com.partnershipbot.answering.Reply.Answered) reply).entry().title();
  }

  static JsonNode ack(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).isEqualTo(200);
    return Json.MAPPER.readTree(response.body());
  }

  static List<JsonNode> buttons(JsonNode blocks, String blockIdPrefix) {
    List<JsonNode> buttons = new ArrayList<>();
    for (JsonNode block : blocks) {
      if (block.get("type").asText().equals("actions") && block.path("block_id").asText().startsWith(blockIdPrefix)) {
        block.get("elements").forEach(buttons::add);
      }
    }
    return buttons;
  }

  static List<String> contextTexts(JsonNode blocks) {
    List<String> texts = new ArrayList<>();
    for (JsonNode block : blocks) {
      if (block.get("type").asText().equals("context")) {
        block.get("elements").forEach(element -> texts.add(element.get("text").asText()));
      }
    }
    return texts;
  }
}
