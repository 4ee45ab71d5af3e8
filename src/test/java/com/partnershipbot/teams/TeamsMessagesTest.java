package com.partnershipbot.teams;

import static com.partnershipbot.teams.BotFrameworkTokens.claims;
import static com.partnershipbot.teams.BotFrameworkTokens.sign;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnershipbot.answering.Json;
import com.partnershipbot.testing.ClassHarness;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The bot in Teams, end to end: real server, real HTTP, tokens signed like Microsoft's, fakes for Microsoft. */
class TeamsMessagesTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  @RegisterExtension
  static final ClassHarness<TeamsBot> teams = ClassHarness.of(TeamsBot::start);

  @Test
  void answersAPersonalMessageWithAnAnswerCard() throws Exception {
    String id = newId();
    assertThat(post(validToken(), Activities.personalMessage(teams.get().microsoft().serviceUrl(), id, "is azure still exclusive?"))
        .statusCode()).isEqualTo(200);

    FakeMicrosoft.Post reply = teams.get().microsoft().awaitReplyTo(id);
    assertThat(reply.rawPath()).isEqualTo("/amer/v3/conversations/a%3A1Hj3xPq9-personal/activities/" + id);
    assertThat(reply.authorization()).isEqualTo("Bearer " + FakeMicrosoft.ACCESS_TOKEN);
    assertThat(reply.body().path("type").asText()).isEqualTo("message");
    assertThat(reply.body().path("from").path("id").asText()).isEqualTo(Activities.BOT_ID);
    assertThat(reply.body().path("recipient").path("name").asText()).isEqualTo("Megan Bowen");
    assertThat(reply.body().path("conversation").path("id").asText()).isEqualTo(Activities.PERSONAL_CONVERSATION);
    JsonNode card = card(reply);
    assertThat(card.path("version").asText()).isEqualTo("1.5");
    assertThat(card.path("body").get(0).path("text").asText()).isEqualTo("Where the stateless APIs are hosted");
    assertThat(card.path("fallbackText").asText()).startsWith("Where the stateless APIs are hosted");
    assertThat(buttonTitles(card)).contains("👍 Helpful", "👎 Not helpful");
  }

  @Test
  void answersAChannelMentionInThatReplyChain() throws Exception {
    String id = newId();
    post(validToken(), Activities.channelMention(teams.get().microsoft().serviceUrl(), id, "what happens to the AGI clause?"));

    FakeMicrosoft.Post reply = teams.get().microsoft().awaitReplyTo(id);
    assertThat(reply.rawPath()).isEqualTo(
        "/amer/v3/conversations/19%3A3f2a9c%40thread.tacv2%3Bmessageid%3D1732600000000/activities/" + id);
    assertThat(reply.body().path("conversation").path("id").asText()).isEqualTo(Activities.CHANNEL_CONVERSATION);
    assertThat(card(reply).path("body").get(0).path("text").asText()).isEqualTo("Who declares AGI");
  }

  @Test
  void helpListsEveryTopic() throws Exception {
    String id = newId();
    post(validToken(), Activities.channelMention(teams.get().microsoft().serviceUrl(), id, "help"));

    JsonNode card = card(teams.get().microsoft().awaitReplyTo(id));
    JsonNode picker = StreamSupport.stream(card.path("body").spliterator(), false)
        .filter(element -> element.path("type").asText().equals("Input.ChoiceSet")).findFirst().orElseThrow();
    assertThat(picker.path("choices")).hasSize(5);
  }

  @Test
  void aQuestionWithNoAnswerGetsTheFallbackAndTheHelpHintNotEveryTopic() throws Exception {
    String id = newId();
    post(validToken(), Activities.personalMessage(teams.get().microsoft().serviceUrl(), id, "what's the weather in Paris tomorrow?"));

    JsonNode card = card(teams.get().microsoft().awaitReplyTo(id));
    assertThat(card.path("body").get(0).path("text").asText()).startsWith("This small FAQ only knows five topics.");
    assertThat(card.path("body").get(card.path("body").size() - 1).path("text").asText())
        .isEqualTo("Send **help** to see every topic I cover.");
    assertThat(buttonTitles(card)).hasSizeLessThanOrEqualTo(3);
  }

  @Test
  void aTopicButtonAnswersThatTopic() throws Exception {
    String id = newId();
    post(validToken(), Activities.submit(teams.get().microsoft().serviceUrl(), id, SubmitActions.topic("model-licence")));

    assertThat(card(teams.get().microsoft().awaitReplyTo(id)).path("body").get(0).path("text").asText()).isEqualTo("The licence to the models");
  }

  @Test
  void welcomesATeamWithANewMessageWhenTheBotIsAdded() throws Exception {
    String conversation = "19:general-" + newId() + "@thread.tacv2";
    post(validToken(), Activities.botAdded(teams.get().microsoft().serviceUrl(), newId(), conversation));

    List<FakeMicrosoft.Post> welcome = teams.get().microsoft().awaitPosts(
        p -> p.body().path("conversation").path("id").asText().equals(conversation), 1);
    assertThat(welcome.get(0).rawPath()).isEqualTo("/amer/v3/conversations/" + ConnectorClient.encode(conversation)
        + "/activities");
    assertThat(welcome.get(0).body().path("text").asText()).contains("@mention me", "**help**");
  }

  @Test
  void fetchesTheConnectorTokenOnceForManyReplies() throws Exception {
    String first = newId();
    String second = newId();
    post(validToken(), Activities.personalMessage(teams.get().microsoft().serviceUrl(), first, "who owns the IP?"));
    post(validToken(), Activities.personalMessage(teams.get().microsoft().serviceUrl(), second, "is AWS allowed?"));
    teams.get().microsoft().awaitReplyTo(first);
    teams.get().microsoft().awaitReplyTo(second);

    assertThat(teams.get().microsoft().tokenRequests.get()).isEqualTo(1);
    assertThat(teams.get().microsoft().tokenForms.get(0)).contains("grant_type=client_credentials",
        "client_id=" + BotFrameworkTokens.APP_ID, "client_secret=app-password-from-azure",
        "scope=https%3A%2F%2Fapi.botframework.com%2F.default");
  }

  @Test
  void aRedeliveredActivityIsAnsweredOnce() throws Exception {
    String id = newId();
    ObjectNode activity = Activities.personalMessage(teams.get().microsoft().serviceUrl(), id, "is azure still exclusive?");
    assertThat(post(validToken(), activity).statusCode()).isEqualTo(200);
    assertThat(post(validToken(), activity).statusCode()).isEqualTo(200);
    teams.get().microsoft().awaitReplyTo(id);
    awaitSentinelReply();

    assertThat(teams.get().microsoft().repliesTo(id)).hasSize(1);
  }

  @Test
  void aChannelMessageWithoutAMentionOfTheBotIsNotAnswered() throws Exception {
    String id = newId();
    ObjectNode activity = Activities.channelMention(teams.get().microsoft().serviceUrl(), id, "is azure still exclusive?");
    ((ObjectNode) activity.path("entities").get(0).path("mentioned")).put("id", "29:someone-else");
    assertThat(post(validToken(), activity).statusCode()).isEqualTo(200);
    awaitSentinelReply();

    assertThat(teams.get().microsoft().repliesTo(id)).isEmpty();
  }

  @Test
  void aBodyThatIsNotJsonIsABadRequestThatSaysSo() throws Exception {
    HttpResponse<String> response = post(validToken(), "{\"type\": \"message\", ");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("not valid JSON");
  }

  @Test
  void anActivityWithoutATypeIsABadRequestThatSaysSo() throws Exception {
    HttpResponse<String> response = post(validToken(), "{\"text\":\"hello\"}");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("no \\\"type\\\"");
  }

  @Test
  void localModeIsOffWhenTeamsIsConfigured() throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri("/api/ask?q=azure")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(404);
  }

  private static void awaitSentinelReply() throws Exception {
    String sentinel = newId();
    post(validToken(), Activities.personalMessage(teams.get().microsoft().serviceUrl(), sentinel, "help"));
    teams.get().microsoft().awaitReplyTo(sentinel);
  }

  private static List<String> buttonTitles(JsonNode card) {
    return card.findValues("actions").stream()
        .flatMap(actions -> StreamSupport.stream(actions.spliterator(), false))
        .map(action -> action.path("title").asText()).toList();
  }

  private static JsonNode card(FakeMicrosoft.Post reply) {
    JsonNode attachment = reply.body().path("attachments").get(0);
    assertThat(attachment.path("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
    return attachment.path("content");
  }

  private static String validToken() {
    return sign(FakeMicrosoft.TEAMS_KEY, claims(teams.get().microsoft().serviceUrl()).build());
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }

  static HttpResponse<String> post(String token, ObjectNode activity) throws Exception {
    return post(token, Json.write(activity));
  }

  private static HttpResponse<String> post(String token, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/messages"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(String path) {
    return URI.create("http://127.0.0.1:" + teams.get().app().port() + path);
  }
}
