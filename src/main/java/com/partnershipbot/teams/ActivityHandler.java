package com.partnershipbot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.ExpertDesk;
import com.partnershipbot.answering.ExpertTexts;
import com.partnershipbot.answering.Reply;
import com.partnershipbot.answering.FeedbackListener;
import com.partnershipbot.answering.Platform;
import com.partnershipbot.answering.Question;
import com.partnershipbot.answering.Vote;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Decides what the bot says to a verified activity: answers questions (in channels and group chats
 * only when @mentioned), handles card buttons (the experts' among them), and welcomes people once
 * when it is added.
 */
final class ActivityHandler {
  private static final int REMEMBERED = 10_000;

  private final AnswerService answers;
  private final FeedbackListener feedback;
  private final Clock clock;
  private final RecentIds welcomed = new RecentIds(REMEMBERED);
  private final RecentIds votes = new RecentIds(REMEMBERED);
  private final ExpertActions experts;

  ActivityHandler(AnswerService answers, FeedbackListener feedback, Clock clock) {
    this(answers, feedback, clock, ExpertDesk.none());
  }

  ActivityHandler(AnswerService answers, FeedbackListener feedback, Clock clock, ExpertDesk desk) {
    this.answers = answers;
    this.feedback = feedback;
    this.clock = clock;
    this.experts = new ExpertActions(answers, desk);
  }

  List<Outgoing> handle(Activity activity) {
    if (activity.conversationId() == null) {
      return List.of();
    }
    experts.learnPlace(activity);
    if ("message".equals(activity.type())) {
      return activity.submitted().map(value -> submitted(activity, value)).orElseGet(() -> message(activity));
    }
    if ("conversationUpdate".equals(activity.type()) && botWasAdded(activity)) {
      return welcome(activity);
    }
    return List.of();
  }

  private List<Outgoing> message(Activity activity) {
    if (activity.isShared() && !Mentions.mentionsBot(activity)) {
      return List.of();
    }
    Question question = new Question(Mentions.question(activity), Platform.TEAMS, activity.conversationId(),
        activity.userId());
    Reply reply = answers.ask(question);
    return List.of(experts.offers(reply) ? Outgoing.cardWithOffer(activity, reply, question.text())
        : Outgoing.card(activity, reply));
  }

  private List<Outgoing> submitted(Activity activity, JsonNode value) {
    String action = SubmitActions.action(value);
    if (SubmitActions.TOPIC.equals(action)) {
      return List.of(topic(activity, SubmitActions.topicId(value)));
    }
    if (SubmitActions.FEEDBACK.equals(action)) {
      return vote(activity, value);
    }
    if (experts.handles(action)) {
      return experts.submitted(activity, value);
    }
    return List.of();
  }

  private Outgoing topic(Activity activity, Optional<String> id) {
    return id.flatMap(answers::topic)
        .map(reply -> Outgoing.card(activity, reply))
        .orElseGet(() -> Outgoing.card(activity, answers.ask(new Question("help", Platform.TEAMS,
            activity.conversationId(), activity.userId()))));
  }

  /** Counts one vote per person per answer card; repeated clicks are thanked but not counted. */
  private List<Outgoing> vote(Activity activity, JsonNode value) {
    Optional<String> id = SubmitActions.topicId(value).filter(topic -> answers.knowledge().entry(topic).isPresent());
    Optional<Boolean> helpful = SubmitActions.helpful(value);
    if (id.isEmpty() || helpful.isEmpty()) {
      return List.of();
    }
    String voter = activity.userId();
    if (votes.firstTime(voter + "|" + id.get() + "|" + activity.field("replyToId"))) {
      feedback.voted(new Vote(Platform.TEAMS, id.get(), voter, helpful.get(), clock.instant()));
      if (!helpful.get() && experts.offersAfterNotHelpful()) {
        String title = answers.knowledge().entry(id.get()).map(e -> e.title()).orElse(id.get());
        return List.of(Outgoing.card(activity, ExpertCards.offer(title, ExpertTexts.OFFER_AFTER_NOT_HELPFUL),
            ExpertTexts.OFFER_AFTER_NOT_HELPFUL));
      }
      return List.of(Outgoing.text(activity, helpful.get() ? "Thanks, glad it helped."
          : "Thanks for telling us. The team that keeps these answers will take a look."));
    }
    return List.of(Outgoing.text(activity, "Your rating of this answer is already recorded."));
  }

  private List<Outgoing> welcome(Activity activity) {
    if (!welcomed.firstTime(activity.conversationId())) {
      return List.of();
    }
    String howToAsk = activity.isShared() ? "@mention me with a question" : "Ask me a question in your own words";
    return List.of(Outgoing.newMessage(activity, "Hi, I'm Partnership Bot. I answer questions about the OpenAI "
        + "and Microsoft partnership with answers our team keeps reviewed and sourced. " + howToAsk
        + ", or say **help** to see the topics."));
  }

  private static boolean botWasAdded(Activity activity) {
    for (JsonNode member : activity.membersAdded()) {
      if (member.path("id").asText("").equals(activity.recipientId())) {
        return true;
      }
    }
    return false;
  }
}
