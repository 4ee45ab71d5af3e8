package com.partnershipbot.slack;

import static com.partnershipbot.slack.ExpertsHarness.EXPERT;
import static com.partnershipbot.slack.ExpertsHarness.EXPERTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnershipbot.answering.Ticket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Ask the experts" in Slack, end to end: signed requests in, the loopback Web API out, tickets in H2. */
class SlackExpertsTest {
  private static final String ASKER = SignedClient.USER;
  private static final String DM = "D0ASKER01";
  private static final String UNKNOWN = "what's the weather in Paris tomorrow?";

  @TempDir
  Path folder;
  private ExpertsHarness slack;

  @BeforeEach
  void start() throws Exception {
    slack = new ExpertsHarness(folder);
  }

  @AfterEach
  void stop() throws Exception {
    slack.close();
  }

  @Test
  void theWholeLoopFromADirectMessageToTheExpertsAndBack() throws Exception {
    // 1. A question with no answer gets the offer.
    slack.client.event(Payloads.callback("Ev-dm-1", Payloads.directMessage(DM, "1700000100.000100", ASKER, UNKNOWN)),
        Map.of());
    JsonNode offer = button(posts(DM, 1).get(0), ExpertBlocks.ASK);
    assertThat(offer.path("text").path("text").asText()).contains("Ask the experts");
    assertThat(posts(DM, 1).get(0).blocks().toString()).contains("your question and your name will be shared");

    // 2. The click posts the ticket to the experts' channel.
    assertThat(click(ASKER, ExpertBlocks.ASK, offer.path("value").asText(), DM, null, false, "ask").statusCode())
        .isEqualTo(200);
    FakeSlackApi.Call ticketPost = posts(EXPERTS, 1).get(0);
    assertThat(ticketPost.blocks().toString()).contains(UNKNOWN.replace("'", "'")).contains("<@" + ASKER + ">")
        .contains("a direct message").contains("Not in scope");
    String ticketId = button(ticketPost, ExpertBlocks.ANSWER).path("value").asText();
    assertThat(slack.slackApi.await("/response/ask", c -> true, 1).get(0).field("text")).contains("ticket #" + ticketId);

    // 5. The same asker clicking again joins the open ticket.
    click(ASKER, ExpertBlocks.ASK, offer.path("value").asText(), DM, null, false, "ask-again");
    assertThat(slack.slackApi.await("/response/ask-again", c -> true, 1).get(0).field("text"))
        .contains("You already asked the experts this");
    slack.awaitRepliesSent();
    assertThat(postsNow(EXPERTS)).hasSize(1);

    // 3. Answer opens the form through views.open with the click's trigger_id.
    click(EXPERT, ExpertBlocks.ANSWER, ticketId, EXPERTS, null, false, "answer");
    FakeSlackApi.Call viewsOpen = slack.slackApi.await("views.open", c -> true, 1).get(0);
    assertThat(viewsOpen.field("trigger_id")).isEqualTo("trigger-" + EXPERT);
    String metadata = view(viewsOpen).path("private_metadata").asText();
    assertThat(metadata).startsWith(ticketId + "|" + EXPERTS + "|");

    // 4. The submitted answer goes to the asker's DM, labelled, and the ticket message says who answered.
    HttpResponse<String> submitted = submit(metadata, "Yes: Azure keeps the stateless APIs, per the statement.");
    assertThat(submitted.statusCode()).isEqualTo(200);
    assertThat(submitted.body()).doesNotContain("errors");
    FakeSlackApi.Call relayed = posts(DM, 2).get(1);
    assertThat(relayed.field("text")).contains("Answer from an expert, dana.expert")
        .contains("Yes: Azure keeps the stateless APIs");
    FakeSlackApi.Call update = slack.slackApi.await("chat.update", c -> true, 1).get(0);
    assertThat(update.field("channel")).isEqualTo(EXPERTS);
    assertThat(update.field("text")).contains("Answered by dana.expert");
    assertThat(update.blocks().toString()).doesNotContain(ExpertBlocks.ANSWER).doesNotContain(ExpertBlocks.DECLINE);

    Ticket stored = slack.storage.tickets().find(Long.parseLong(ticketId)).orElseThrow();
    assertThat(stored.state()).isEqualTo(Ticket.State.ANSWERED);
    assertThat(stored.asker()).as("the asker's address is purged on close").isEmpty();
    assertThat(stored.askerName()).isNull();
  }

  @Test
  void anAnswerToAMentionGoesToItsThread() throws Exception {
    String ticketId = askAndGetTicket("C0GENERAL", "1700000200.000100", false);

    submit(formFor(ticketId), "Ask in #partnership-questions for now.");

    FakeSlackApi.Call relayed = posts("C0GENERAL", 1).get(0);
    assertThat(relayed.field("thread_ts")).isEqualTo("1700000200.000100");
    assertThat(relayed.field("text")).contains("Answer from an expert");
  }

  @Test
  void anAnswerToASlashCommandComesByDirectMessage() throws Exception {
    HttpResponse<String> command = slack.client.command(UNKNOWN, slack.slackApi.responseUrl("command"));
    assertThat(command.body()).contains(ExpertBlocks.ASK).contains("by direct message");
    String ticketId = askAndGetTicket("C0GENERAL", null, true);

    submit(formFor(ticketId), "It's sunny.");

    FakeSlackApi.Call relayed = posts(ASKER, 1).get(0);
    assertThat(relayed.field("thread_ts")).isNull();
    assertThat(relayed.field("text")).contains("It's sunny.");
  }

  @Test
  void notHelpfulOffersTheExpertsPrivately() throws Exception {
    slack.client.action(ExpertsHarness.click(ASKER, ActionIds.NOT_HELPFUL, "hosting", "C0GENERAL", null, false,
        slack.slackApi.responseUrl("vote")));

    List<FakeSlackApi.Call> responses = slack.slackApi.await("/response/vote", c -> true, 2);
    assertThat(responses).anySatisfy(r -> assertThat(r.json().toString()).contains(ExpertBlocks.ASK)
        .contains("ephemeral"));
  }

  @Test
  void notInScopeClosesTheTicketWithAPoliteNoteToTheAsker() throws Exception {
    String ticketId = askAndGetTicket(DM, null, false);

    click(EXPERT, ExpertBlocks.DECLINE, ticketId, EXPERTS, null, false, "decline");

    assertThat(slack.slackApi.await("/response/decline", c -> true, 1).get(0).json().toString())
        .contains("Closed as not in scope by dana.expert").contains("replace_original");
    assertThat(posts(DM, 1).get(0).field("text")).contains("outside what they cover").contains("Sorry");
  }

  @Test
  void aForgedClickOpensNoTicket() throws Exception {
    String body = "payload=" + java.net.URLEncoder.encode(ExpertsHarness.click(ASKER, ExpertBlocks.ASK, UNKNOWN, DM,
        null, false, slack.slackApi.responseUrl("forged")), java.nio.charset.StandardCharsets.UTF_8);
    String timestamp = String.valueOf(SignedClient.now());

    HttpResponse<String> forged = slack.client.send(body, "application/x-www-form-urlencoded", timestamp,
        SignedClient.sign("not-the-signing-secret", timestamp, body), Map.of());
    HttpResponse<String> stale = slack.client.send(body, "application/x-www-form-urlencoded",
        String.valueOf(SignedClient.now() - 600), SignedClient.sign(SignedClient.SECRET,
            String.valueOf(SignedClient.now() - 600), body), Map.of());

    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(stale.statusCode()).isEqualTo(401);
    assertThat(slack.storage.tickets().open()).isEmpty();
    assertThat(postsNow(EXPERTS)).isEmpty();
  }

  @Test
  void aReplayedClickJoinsTheOpenTicketAndPostsNothingTwice() throws Exception {
    String body = ExpertsHarness.click(ASKER, ExpertBlocks.ASK, UNKNOWN, DM, null, false,
        slack.slackApi.responseUrl("replay"));
    String form = "payload=" + java.net.URLEncoder.encode(body, java.nio.charset.StandardCharsets.UTF_8);
    String timestamp = String.valueOf(SignedClient.now());
    String signature = SignedClient.sign(SignedClient.SECRET, timestamp, form);

    slack.client.send(form, "application/x-www-form-urlencoded", timestamp, signature, Map.of());
    slack.client.send(form, "application/x-www-form-urlencoded", timestamp, signature, Map.of());
    slack.slackApi.await("/response/replay", c -> true, 2);
    slack.awaitRepliesSent();

    assertThat(slack.storage.tickets().open()).hasSize(1);
    assertThat(postsNow(EXPERTS)).hasSize(1);
  }

  @Test
  void anEmptyAnswerKeepsTheFormOpenWithTheReason() throws Exception {
    String ticketId = askAndGetTicket(DM, null, false);

    HttpResponse<String> empty = submit(formFor(ticketId), "   ");
    HttpResponse<String> missing = submit(formFor(ticketId), null);

    assertThat(empty.body()).contains("\"response_action\":\"errors\"").contains("Write an answer before sending it.");
    assertThat(missing.body()).contains("\"response_action\":\"errors\"");
    assertThat(slack.storage.tickets().find(Long.parseLong(ticketId)).orElseThrow().isOpen()).isTrue();
  }

  @Test
  void aSubmissionForAClosedOrUnknownTicketIsRefusedInTheFormAndRelaysNothingTwice() throws Exception {
    String ticketId = askAndGetTicket(DM, null, false);
    submit(formFor(ticketId), "First answer.");
    posts(DM, 1);

    HttpResponse<String> again = submit(formFor(ticketId), "Second answer.");
    HttpResponse<String> unknown = submit("987654|" + EXPERTS + "|1700000000.000900", "An answer.");
    HttpResponse<String> garbage = submit("not-a-ticket", "An answer.");
    slack.awaitRepliesSent();

    assertThat(again.body()).contains("\"response_action\":\"errors\"").contains("already closed")
        .contains("Answered by dana.expert");
    assertThat(unknown.body()).contains("\"response_action\":\"errors\"").contains("There is no such ticket");
    assertThat(garbage.body()).contains("There is no such ticket");
    assertThat(postsNow(DM)).hasSize(1);
  }

  @Test
  void answerOnAClosedTicketSaysSoInsteadOfOpeningTheForm() throws Exception {
    String ticketId = askAndGetTicket(DM, null, false);
    submit(formFor(ticketId), "Done.");

    click(EXPERT, ExpertBlocks.ANSWER, ticketId, EXPERTS, null, false, "late");

    assertThat(slack.slackApi.await("/response/late", c -> true, 1).get(0).field("text")).contains("already closed");
    assertThat(slack.slackApi.calls("views.open", c -> true)).isEmpty();
  }

  @Test
  void theAskerCanWithdrawAnOpenTicketAndNobodyElseCan() throws Exception {
    String ticketId = askAndGetTicket(DM, null, false);

    click(EXPERT, ExpertBlocks.WITHDRAW, ticketId, DM, null, true, "not-yours");
    assertThat(slack.slackApi.await("/response/not-yours", c -> true, 1).get(0).field("text"))
        .contains("Only the person who asked");
    click(ASKER, ExpertBlocks.WITHDRAW, ticketId, DM, null, true, "withdraw");

    assertThat(slack.slackApi.await("/response/withdraw", c -> true, 1).get(0).field("text")).contains("Withdrawn");
    assertThat(slack.storage.tickets().find(Long.parseLong(ticketId)).orElseThrow().state())
        .isEqualTo(Ticket.State.WITHDRAWN);
    assertThat(submit(formFor(ticketId), "Too late.").body()).contains("Withdrawn by the asker");
  }

  @Test
  void aTicketOpenLongerThanTheExpiryClosesWithANoteToTheAsker() throws Exception {
    String ticketId = askAndGetTicket(DM, null, false);

    slack.clock.advance(Duration.ofDays(13));
    slack.desk.sweep();
    assertThat(slack.storage.tickets().find(Long.parseLong(ticketId)).orElseThrow().isOpen()).isTrue();
    slack.clock.advance(Duration.ofDays(2));
    slack.desk.sweep();
    slack.desk.sweep();

    assertThat(slack.storage.tickets().find(Long.parseLong(ticketId)).orElseThrow().state())
        .isEqualTo(Ticket.State.EXPIRED);
    assertThat(posts(DM, 1).get(0).field("text")).contains("within 14 days");
    slack.awaitRepliesSent();
    assertThat(postsNow(DM)).hasSize(1);
  }

  @Test
  void aTicketOpenLongerThanReminderAfterIsRecalledToTheExpertsOnce() throws Exception {
    askAndGetTicket(DM, null, false);

    slack.clock.advance(Duration.ofHours(25));
    slack.desk.sweep();
    slack.desk.sweep();

    assertThat(posts(EXPERTS, 2).get(1).field("text")).startsWith("Reminder: ticket #");
    slack.awaitRepliesSent();
    assertThat(postsNow(EXPERTS)).hasSize(2);
  }

  @Test
  void withoutAnExpertsBlockNoButtonIsShown(@TempDir Path other) throws Exception {
    try (ExpertsHarness plain = new ExpertsHarness(other, com.partnershipbot.testing.TestConfig.FAQ)) {
      HttpResponse<String> command = plain.client.command(UNKNOWN, plain.slackApi.responseUrl("plain"));

      assertThat(command.body()).contains("This small FAQ only knows five topics").doesNotContain(ExpertBlocks.ASK)
          .doesNotContain("Ask the experts");
    }
  }

  /** Clicks "Ask the experts" as the asker on a message in {@code channel}; returns the new ticket's id. */
  private String askAndGetTicket(String channel, String threadTs, boolean ephemeral) throws Exception {
    click(ASKER, ExpertBlocks.ASK, UNKNOWN, channel, threadTs, ephemeral, "ask-" + channel);
    return button(posts(EXPERTS, 1).get(0), ExpertBlocks.ANSWER).path("value").asText();
  }

  private String formFor(String ticketId) {
    return ticketId + "|" + EXPERTS + "|1700000000.000900";
  }

  private HttpResponse<String> click(String user, String action, String value, String channel, String threadTs,
      boolean ephemeral, String responseId) throws Exception {
    return slack.client.action(ExpertsHarness.click(user, action, value, channel, threadTs, ephemeral,
        slack.slackApi.responseUrl(responseId)));
  }

  private HttpResponse<String> submit(String metadata, String answer) throws Exception {
    return slack.client.action(ExpertsHarness.submission(metadata, answer));
  }

  private List<FakeSlackApi.Call> posts(String channel, int count) throws InterruptedException {
    List<FakeSlackApi.Call> found = slack.slackApi.await("chat.postMessage", c -> channel.equals(c.field("channel")),
        count);
    assertThat(found).as("posts to " + channel).hasSizeGreaterThanOrEqualTo(count);
    return found;
  }

  private List<FakeSlackApi.Call> postsNow(String channel) {
    return slack.slackApi.calls("chat.postMessage", c -> channel.equals(c.field("channel")));
  }

  private static JsonNode view(FakeSlackApi.Call call) throws Exception {
    String view = call.field("view");
    return com.partnershipbot.answering.Json.MAPPER.readTree(view);
  }

  private static JsonNode button(FakeSlackApi.Call call, String actionId) {
    for (JsonNode block : call.blocks()) {
      for (JsonNode element : block.path("elements")) {
        if (actionId.equals(element.path("action_id").asText())) {
          return element;
        }
      }
    }
    return Optional.<JsonNode>empty().orElseThrow(() -> new AssertionError("no " + actionId + " button in "
        + call.blocks()));
  }
}
