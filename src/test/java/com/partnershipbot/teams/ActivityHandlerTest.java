package com.partnershipbot.teams;

import com.partnershipbot.matching.TestMatching;
import java.time.Instant;
import com.partnershipbot.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.FeedbackTally;
import com.partnershipbot.answering.LiveConfig;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.testing.TestConfig;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the bot says to each kind of activity, with the answers of the small fixture FAQ. */
class ActivityHandlerTest {
  private static final String SERVICE_URL = "https://smba.trafficmanager.net/amer/";
  private static AnswerService answers;
  private final FeedbackTally tally = new FeedbackTally();
  private final ActivityHandler handler = new ActivityHandler(answers, tally, new MutableClock(Instant.parse("2026-11-26T10:00:00Z")));

  @BeforeAll
  static void loadAnswers() throws Exception {
    answers = new AnswerService(LiveConfig.load(TestConfig.FAQ, new ConfigLoader(), TestMatching.factory()));
  }

  @Test
  void readsTheQuestionWithoutTheBotsMentionButKeepsOtherNames() {
    Activity activity = activity(Activities.channelMention(SERVICE_URL, "1", "is <at>Megan</at> right&nbsp;about Q&amp;A?"));

    assertThat(Mentions.question(activity)).isEqualTo("is Megan right about Q&A?");
  }

  @Test
  void answersAChannelMentionWithTheMatchingTopic() {
    Activity activity = activity(Activities.channelMention(SERVICE_URL, "1", "is azure still exclusive?"));

    assertThat(title(handler.handle(activity).get(0))).isEqualTo("Where the stateless APIs are hosted");
  }

  @Test
  void answersAGroupChatOnlyWhenMentioned() {
    ObjectNode mentioned = Activities.channelMention(SERVICE_URL, "1", "is azure still exclusive?");
    ((ObjectNode) mentioned.path("conversation")).put("conversationType", "groupChat");
    ObjectNode notMentioned = mentioned.deepCopy();
    notMentioned.remove("entities");

    assertThat(handler.handle(activity(mentioned))).hasSize(1);
    assertThat(handler.handle(activity(notMentioned))).isEmpty();
  }

  @Test
  void answersEveryPersonalMessage() {
    assertThat(handler.handle(activity(Activities.personalMessage(SERVICE_URL, "1", "who owns the IP?")))).hasSize(1);
  }

  @Test
  void countsAFeedbackVoteOncePerPersonAndCardAndThanksInTheCardItself() {
    ObjectNode vote = Activities.submit(SERVICE_URL, "1", SubmitActions.feedback("hosting", false));

    List<Outgoing> first = handler.handle(activity(vote));
    List<Outgoing> again = handler.handle(activity(vote));

    assertThat(tally.unhelpful("hosting")).isEqualTo(1);
    assertThat(first).singleElement().satisfies(update -> {
      assertThat(update.replaces()).isTrue();
      assertThat(update.replyToId()).isEqualTo("card-1");
      assertThat(update.operation()).isEqualTo("updateActivity");
      assertThat(card(update).toString()).contains(ActivityHandler.THANKS_UNHELPFUL);
      assertThat(card(update).findValues("data")).noneSatisfy(data -> assertThat(data.path("action").asText())
          .isEqualTo("feedback"));
    });
    assertThat(again).singleElement().satisfies(update -> assertThat(update.replaces()).isTrue());
  }

  @Test
  void aVoteInAChannelIsCountedButLeavesTheCardAsItIsForEveryone() {
    ObjectNode vote = Activities.submit(SERVICE_URL, "1", SubmitActions.feedback("hosting", true));
    ((ObjectNode) vote.path("conversation")).put("conversationType", "channel");

    assertThat(handler.handle(activity(vote))).isEmpty();
    assertThat(handler.handle(activity(vote))).isEmpty();
    assertThat(tally.helpful("hosting")).isEqualTo(1);
  }

  @Test
  void ignoresAVoteForATopicThatDoesNotExist() {
    assertThat(handler.handle(activity(Activities.submit(SERVICE_URL, "1", SubmitActions.feedback("nope", true)))))
        .isEmpty();
    assertThat(tally.helpful("nope")).isZero();
  }

  @Test
  void answersATopicPickedFromTheDropDown() {
    ObjectNode value = SubmitActions.pickTopic().put(SubmitActions.TOPIC, "compute");

    assertThat(title(handler.handle(activity(Activities.submit(SERVICE_URL, "1", value))).get(0)))
        .isEqualTo("Compute from other providers");
  }

  @Test
  void showsTheTopicsWhenAPickedTopicNoLongerExists() {
    List<Outgoing> replies = handler.handle(activity(Activities.submit(SERVICE_URL, "1", SubmitActions.topic("gone"))));

    assertThat(card(replies.get(0)).findValues("choices")).hasSize(1);
  }

  @Test
  void welcomesEachConversationOnce() {
    assertThat(handler.handle(activity(Activities.botAdded(SERVICE_URL, "1", "19:team@thread.tacv2")))).hasSize(1);
    assertThat(handler.handle(activity(Activities.botAdded(SERVICE_URL, "2", "19:team@thread.tacv2")))).isEmpty();
    assertThat(handler.handle(activity(Activities.botAdded(SERVICE_URL, "3", "19:other@thread.tacv2")))).hasSize(1);
  }

  @Test
  void doesNotWelcomeOtherPeopleJoining() {
    ObjectNode joined = Activities.botAdded(SERVICE_URL, "1", "19:team@thread.tacv2");
    ((ObjectNode) joined.path("membersAdded").get(0)).put("id", "29:new-colleague");

    assertThat(handler.handle(activity(joined))).isEmpty();
  }

  @Test
  void ignoresActivitiesItHasNothingToSayTo() {
    assertThat(handler.handle(activity(Activities.base(SERVICE_URL, "typing", "1", "a:1", "personal")))).isEmpty();
    assertThat(handler.handle(activity(Activities.base(SERVICE_URL, "messageReaction", "2", "a:1", "personal"))))
        .isEmpty();
  }

  @Test
  void answerCardsFollowTheAdaptiveCardRulesTeamsApplies() {
    JsonNode card = card(handler.handle(activity(Activities.personalMessage(SERVICE_URL, "1", "cloud"))).get(0));

    assertThat(card.path("type").asText()).isEqualTo("AdaptiveCard");
    assertThat(card.path("version").asText()).isEqualTo("1.5");
    assertThat(card.path("fallbackText").asText()).contains("Source: ");
    assertThat(card.path("body").get(2).path("text").asText()).isEqualTo("Source: Small FAQ source, Fixture Press, 15 Jan 2026 · Reviewed 30 Sep 2026");
    assertThat(card.findValues("actions")).allSatisfy(actions -> assertThat(actions.size()).isBetween(1, 6));
    assertThat(card.findValues("data")).allSatisfy(data -> assertThat(data.path("action").asText())
        .isIn("topic", "feedback"));
    assertThat(card.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(28 * 1024);
  }

  private static Activity activity(ObjectNode json) {
    return new Activity(json);
  }

  private static JsonNode card(Outgoing outgoing) {
    return outgoing.activity().path("attachments").get(0).path("content");
  }

  private static String title(Outgoing outgoing) {
    return card(outgoing).path("body").get(0).path("text").asText();
  }
}
