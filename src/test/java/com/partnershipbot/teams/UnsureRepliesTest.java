package com.partnershipbot.teams;

import static com.partnershipbot.teams.BotFrameworkTokens.claims;
import static com.partnershipbot.teams.BotFrameworkTokens.sign;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnershipbot.answering.Json;
import com.partnershipbot.server.Application;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot in Teams when it is not sure, end to end: one likely topic is suggested with its
 * Action.Submit button, and a decline is short, names what the bot covers and points
 * own-organisation questions to the contact admins set. The fixture config's thresholds force each outcome.
 */
class UnsureRepliesTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String HELP_HINT = "Send **help** to see every topic I cover.";
  @TempDir
  static Path dataDir;
  private static FakeMicrosoft microsoft;
  private static Application app;

  @BeforeAll
  static void start() throws Exception {
    microsoft = new FakeMicrosoft();
    app = microsoft.teamsEnv(dataDir).with("BOT_CONFIG_DIR", "src/test/resources/configs/unsure-replies").start();
  }

  @AfterAll
  static void stop() throws Exception {
    app.close();
    microsoft.close();
  }

  @Test
  void aLoneLikelyTopicIsSuggestedWithItsOneButton() throws Exception {
    JsonNode card = ask("which cloud runs the stateless openai apis now?");

    assertThat(texts(card)).containsExactly("Did you mean **Azure and stateless OpenAI APIs**?");
    assertThat(actions(card)).singleElement().satisfies(action -> {
      assertThat(action.path("type").asText()).isEqualTo("Action.Submit");
      assertThat(action.path("title").asText()).isEqualTo("Azure and stateless OpenAI APIs");
      assertThat(action.path("data")).isEqualTo(SubmitActions.topic("azure"));
    });
    assertThat(card.path("fallbackText").asText()).startsWith("Did you mean Azure and stateless OpenAI APIs?");
  }

  @Test
  void aDeclineOffersAtMostThreeNearestTopicsAndTheHelpHint() throws Exception {
    JsonNode card = ask("what did microsoft and openai agree about money and models and clouds?");

    assertThat(texts(card)).containsExactly("I only answer questions about the OpenAI and Microsoft partnership.",
        HELP_HINT);
    assertThat(actions(card)).hasSizeBetween(1, 3);
    assertThat(card.path("fallbackText").asText()).endsWith("Send help to see every topic I cover.");
  }

  @Test
  void aQuestionAboutTheOwnOrganisationPointsToTheInternalContact() throws Exception {
    JsonNode card = ask("who is our AI lead?");

    assertThat(texts(card)).containsExactly("I only answer questions about the OpenAI and Microsoft partnership.",
        "For your organisation's own AI policies, tools and people, ask #ai-office.", HELP_HINT);
    assertThat(actions(card)).isEmpty();
  }

  private static JsonNode ask(String question) throws Exception {
    String id = UUID.randomUUID().toString();
    String token = sign(FakeMicrosoft.TEAMS_KEY, claims(microsoft.serviceUrl()).build());
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/messages"))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.ofString(
            Json.write(Activities.personalMessage(microsoft.serviceUrl(), id, question))))
        .build();
    assertThat(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    JsonNode attachment = microsoft.awaitReplyTo(id).body().path("attachments").get(0);
    assertThat(attachment.path("contentType").asText()).isEqualTo(AdaptiveCards.CONTENT_TYPE);
    return attachment.path("content");
  }

  private static List<String> texts(JsonNode card) {
    return StreamSupport.stream(card.path("body").spliterator(), false)
        .filter(element -> element.path("type").asText().equals("TextBlock"))
        .map(element -> element.path("text").asText()).toList();
  }

  private static List<JsonNode> actions(JsonNode card) {
    return card.findValues("actions").stream()
        .flatMap(actions -> StreamSupport.stream(actions.spliterator(), false)).toList();
  }
}
