package com.partnershipbot.teams;

import static com.partnershipbot.teams.BotFrameworkTokens.claims;
import static com.partnershipbot.teams.BotFrameworkTokens.sign;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnershipbot.answering.Json;
import com.partnershipbot.server.Application;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Ask the experts" in Teams, end to end: the whole bot, tokens signed like Microsoft's, the connector faked. */
class TeamsExpertsTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String EXPERTS = "19:experts0000@thread.tacv2";
  private static final String EXPERTS_PATH = "/amer/v3/conversations/19%3Aexperts0000%40thread.tacv2/activities";
  private static final String PERSONAL_PATH = "/amer/v3/conversations/a%3A1Hj3xPq9-personal/activities";
  private static final String UNKNOWN = "what's the weather in Paris tomorrow?";

  @TempDir
  Path folder;
  private FakeMicrosoft microsoft;
  private Application app;

  @BeforeEach
  void start() throws Exception {
    microsoft = new FakeMicrosoft();
    app = microsoft.teamsEnv(folder).with("BOT_CONFIG_DIR", "src/test/resources/configs/with-experts").start();
  }

  @AfterEach
  void stop() throws Exception {
    try {
      app.close();
    } finally {
      microsoft.close();
    }
  }

  @Test
  void theWholeLoopFromAPersonalChatToTheExpertsChannelAndBack() throws Exception {
    mentionInExpertsChannel();

    String asked = newId();
    post(Activities.personalMessage(microsoft.serviceUrl(), asked, UNKNOWN));
    JsonNode offer = action(card(microsoft.awaitReplyTo(asked)), "Ask the experts");
    assertThat(card(microsoft.awaitReplyTo(asked)).toString()).contains("your question and your name will be shared");

    String click = newId();
    post(Activities.submit(microsoft.serviceUrl(), click, (ObjectNode) offer.path("data")));
    FakeMicrosoft.Post ticket = microsoft.awaitPosts(p -> p.rawPath().equals(EXPERTS_PATH), 1).get(0);
    JsonNode ticketCard = card(ticket);
    assertThat(ticketCard.toString()).contains(UNKNOWN).contains("Megan Bowen")
        .contains("a personal chat").contains("Input.Text");
    String ticketId = action(ticketCard, "Answer").path("data").path("ticket").asText();
    assertThat(action(ticketCard, "Not in scope").path("data").path("ticket").asText()).isEqualTo(ticketId);
    assertThat(card(microsoft.awaitReplyTo(click)).toString()).contains("ticket #" + ticketId);

    String again = newId();
    post(Activities.submit(microsoft.serviceUrl(), again, (ObjectNode) offer.path("data")));
    assertThat(card(microsoft.awaitReplyTo(again)).toString()).contains("You already asked the experts this");

    String answered = newId();
    post(expertSubmit(answered, "experts-answer", ticketId, "Sunny, but we only cover the partnership."));
    FakeMicrosoft.Post update = microsoft.awaitPosts(p -> "PUT".equals(p.method()), 1).get(0);
    assertThat(update.rawPath()).endsWith("/activities/ticket-card-1");
    assertThat(card(update).toString()).contains("Answered by Dana Expert").doesNotContain("Action.Submit")
        .doesNotContain("Input.Text");
    FakeMicrosoft.Post relayed = microsoft.awaitPosts(p -> p.rawPath().equals(PERSONAL_PATH), 1).get(0);
    assertThat(relayed.body().path("text").asText()).contains("Answer from an expert, Dana Expert")
        .contains("Sunny, but we only cover the partnership\\.");

    assertThat(microsoft.posts.stream().filter(p -> p.rawPath().equals(EXPERTS_PATH))).hasSize(1);
  }

  @Test
  void anEmptyAnswerOrAClosedTicketGetsAClearReplyAndNothingIsRelayedTwice() throws Exception {
    mentionInExpertsChannel();
    String ticketId = openTicket();

    String empty = newId();
    post(expertSubmit(empty, "experts-answer", ticketId, "  "));
    assertThat(microsoft.awaitReplyTo(empty).body().path("text").asText()).isEqualTo("Write an answer before sending it.");
    post(expertSubmit(newId(), "experts-answer", ticketId, "First."));
    microsoft.awaitPosts(p -> p.rawPath().equals(PERSONAL_PATH), 1);
    String late = newId();
    post(expertSubmit(late, "experts-answer", ticketId, "Second."));
    String unknown = newId();
    post(expertSubmit(unknown, "experts-answer", "424242", "Third."));

    assertThat(microsoft.awaitReplyTo(late).body().path("text").asText()).contains("already closed");
    assertThat(microsoft.awaitReplyTo(unknown).body().path("text").asText()).contains("There is no such ticket");
    assertThat(microsoft.posts.stream().filter(p -> p.rawPath().equals(PERSONAL_PATH))).hasSize(1);
  }

  @Test
  void notInScopeClosesTheTicketWithANoteToTheAsker() throws Exception {
    mentionInExpertsChannel();
    String ticketId = openTicket();

    post(expertSubmit(newId(), "experts-decline", ticketId, null));

    assertThat(microsoft.awaitPosts(p -> p.rawPath().equals(PERSONAL_PATH), 1).get(0).body().path("text").asText())
        .contains("outside what they cover");
    assertThat(card(microsoft.awaitPosts(p -> "PUT".equals(p.method()), 1).get(0)).toString())
        .contains("Closed as not in scope by Dana Expert");
  }

  @Test
  void theAskerCanWithdrawTheirTicket() throws Exception {
    mentionInExpertsChannel();
    String ticketId = openTicket();
    ObjectNode withdraw = Json.MAPPER.createObjectNode().put("action", "experts-withdraw").put("ticket", ticketId);

    post(Activities.submit(microsoft.serviceUrl(), newId(), withdraw));

    assertThat(microsoft.awaitPosts(p -> p.rawPath().equals(PERSONAL_PATH), 1).get(0).body().path("text").asText())
        .contains("You withdrew your question");
    String late = newId();
    post(expertSubmit(late, "experts-answer", ticketId, "Too late."));
    assertThat(microsoft.awaitReplyTo(late).body().path("text").asText()).contains("Withdrawn by the asker");
  }

  /** The one-time step: the bot is mentioned in the experts' channel and learns how to reach it. */
  private void mentionInExpertsChannel() throws Exception {
    String id = newId();
    ObjectNode mention = Activities.channelMention(microsoft.serviceUrl(), id, "help");
    mention.with("conversation").put("id", EXPERTS + ";messageid=1732600000001");
    post(mention);
    microsoft.awaitReplyTo(id);
  }

  private String openTicket() throws Exception {
    ObjectNode ask = Json.MAPPER.createObjectNode().put("action", "experts-ask").put("question", UNKNOWN);
    post(Activities.submit(microsoft.serviceUrl(), newId(), ask));
    JsonNode ticketCard = card(microsoft.awaitPosts(p -> p.rawPath().equals(EXPERTS_PATH), 1).get(0));
    return action(ticketCard, "Answer").path("data").path("ticket").asText();
  }

  /** A click on the ticket card in the experts' channel, by an expert, with what they typed in it. */
  private ObjectNode expertSubmit(String id, String action, String ticketId, String answer) {
    ObjectNode activity = Activities.base(microsoft.serviceUrl(), "message", id, EXPERTS + ";messageid=ticket-card-1",
        "channel");
    activity.with("from").put("id", "29:1user-dana").put("name", "Dana Expert").put("aadObjectId", "dana-0001");
    activity.put("replyToId", "ticket-card-1");
    ObjectNode value = activity.putObject("value").put("action", action).put("ticket", ticketId);
    if (answer != null) {
      value.put("answer", answer);
    }
    return activity;
  }

  private void post(ObjectNode activity) throws Exception {
    String token = sign(FakeMicrosoft.TEAMS_KEY, claims(microsoft.serviceUrl()).build());
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + app.port() + "/api/messages"))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.ofString(Json.write(activity))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isBetween(200, 299);
  }

  private static JsonNode card(FakeMicrosoft.Post post) {
    return post.body().path("attachments").get(0).path("content");
  }

  /** The Action.Submit with this title anywhere in the card. */
  private static JsonNode action(JsonNode card, String title) {
    List<JsonNode> found = new ArrayList<>();
    card.findValues("actions").forEach(list -> list.forEach(a -> {
      if (title.equals(a.path("title").asText())) {
        found.add(a);
      }
    }));
    assertThat(found).as("a button titled " + title + " in " + card).isNotEmpty();
    return found.get(0);
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }
}
