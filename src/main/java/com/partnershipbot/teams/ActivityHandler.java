package com.partnershipbot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnershipbot.answering.AdminConsole;
import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.ConversationMemory;
import com.partnershipbot.answering.DeliveryLog;
import com.partnershipbot.answering.ExpertDesk;
import com.partnershipbot.answering.ExpertTexts;
import com.partnershipbot.answering.Reply;
import com.partnershipbot.answering.FeedbackListener;
import com.partnershipbot.answering.LogText;
import com.partnershipbot.answering.Platform;
import com.partnershipbot.answering.Question;
import com.partnershipbot.answering.RecentDeliveries;
import com.partnershipbot.answering.Reply;
import com.partnershipbot.answering.Vote;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what the bot says to a verified activity: answers questions (in channels and group chats
 * only when @mentioned), runs admin commands in admins' personal chats, handles card buttons (the
 * experts' among them), and welcomes each conversation once when it is added (once across instances
 * sharing a database).
 */
final class ActivityHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ActivityHandler.class);
  static final String THANKS_HELPFUL = "Thanks, glad it helped.";
  static final String THANKS_UNHELPFUL = "Thanks for telling us. The team that keeps these answers will take a look.";

  private final AnswerService answers;
  private final FeedbackListener feedback;
  private final DeliveryLog votes;
  private final ConversationMemory conversations;
  private final TeamsAdmins admins;
  private final Clock clock;
  private final ExpertActions experts;

  ActivityHandler(AnswerService answers, FeedbackListener feedback, Clock clock) {
    this(answers, feedback, clock, ExpertDesk.none());
  }

  ActivityHandler(AnswerService answers, FeedbackListener feedback, Clock clock, ExpertDesk desk) {
    this(answers, feedback, new RecentDeliveries(), ConversationMemory.inMemory(),
        new TeamsAdmins(() -> answers.knowledge().settings(), AdminConsole.UNAVAILABLE, ConversationMemory.inMemory()),
        clock, desk);
  }

  /**
   * {@code votes} claims one vote per person per answer card; {@code conversations} remembers
   * welcomes; {@code desk} takes the questions handed to the experts.
   */
  ActivityHandler(AnswerService answers, FeedbackListener feedback, DeliveryLog votes,
      ConversationMemory conversations, TeamsAdmins admins, Clock clock, ExpertDesk desk) {
    this.answers = answers;
    this.feedback = feedback;
    this.votes = votes;
    this.conversations = conversations;
    this.admins = admins;
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
    admins.rememberIfAdmin(activity);
    String text = Mentions.question(activity);
    Optional<String> adminReply = admins.command(activity, text);
    if (adminReply.isPresent()) {
      return List.of(Outgoing.text(activity, adminReply.get()));
    }
    Question question = new Question(text, Platform.TEAMS, activity.conversationId(), activity.userId());
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

  /**
   * Counts one vote per person per answer card, across instances. In a personal chat, where the
   * voter is the only one who sees the card, the card is updated in place: its buttons give way to
   * the thanks. In channels and group chats Teams cannot show a card or a message to one person only,
   * so the card stays as it is for everyone and nothing is posted.
   */
  private List<Outgoing> vote(Activity activity, JsonNode value) {
    Optional<String> id = SubmitActions.topicId(value).filter(topic -> answers.knowledge().entry(topic).isPresent());
    Optional<Boolean> helpful = SubmitActions.helpful(value);
    if (id.isEmpty() || helpful.isEmpty()) {
      return List.of();
    }
    String voter = activity.userId();
    String card = activity.field("replyToId");
    if (votes.claim("vote:teams:" + voter + "|" + id.get() + "|" + (card == null ? activity.id() : card))) {
      feedback.voted(new Vote(Platform.TEAMS, id.get(), voter, helpful.get(), clock.instant()));
      if (!helpful.get() && experts.offersAfterNotHelpful()) {
        String title = answers.knowledge().entry(id.get()).map(e -> e.title()).orElse(id.get());
        return List.of(Outgoing.card(activity, ExpertCards.offer(title, ExpertTexts.OFFER_AFTER_NOT_HELPFUL),
            ExpertTexts.OFFER_AFTER_NOT_HELPFUL));
      }
    }
    if (activity.isShared() || card == null) {
      return List.of();
    }
    String thanks = helpful.get() ? THANKS_HELPFUL : THANKS_UNHELPFUL;
    return answers.topic(id.get()).filter(Reply.Answered.class::isInstance).map(Reply.Answered.class::cast)
        .map(answered -> List.of(Outgoing.replacedCard(activity, card, AdaptiveCards.thankedAttachment(answered,
            thanks)))).orElse(List.of());
  }

  private List<Outgoing> welcome(Activity activity) {
    if (!conversations.firstWelcome(Platform.TEAMS, activity.conversationId())) {
      LOG.info("Not welcoming Teams conversation {} again: it was welcomed before", LogText.of(activity.conversationId()));
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
