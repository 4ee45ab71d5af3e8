package com.partnershipbot.slack;

import com.partnershipbot.answering.AdminConsole;
import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.DeliveryLog;
import com.partnershipbot.answering.ExpertDesk;
import com.partnershipbot.answering.FeedbackListener;
import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import java.util.List;
import java.util.regex.Pattern;

/** Every Slack listener the bot registers, in one place: the command, the events, the buttons, the answer form. */
final class Listeners {
  /**
   * The manifest names the command /partnership; a workspace that renames it still reaches the bot,
   * and so does any other command text, so Bolt never logs its multi-line suggestion with it.
   */
  private static final Pattern ANY_COMMAND = Pattern.compile(".*", Pattern.DOTALL);

  private Listeners() {}

  static void register(App app, AnswerService answers, FeedbackListener feedback, AdminConsole admin,
      DeliveryLog deliveries, ReplyQueue replies, ExpertDesk experts) {
    ConversationReplies conversations = new ConversationReplies(answers, replies, experts);
    commands(app, answers, admin, replies, experts);
    events(app, answers, deliveries, replies, conversations);
    actions(app, answers, feedback, deliveries, replies, conversations, experts);
    app.viewSubmission(ButtonRouter.ANY, new ExpertAnswerForm(experts, replies));
  }

  private static void commands(App app, AnswerService answers, AdminConsole admin, ReplyQueue replies,
      ExpertDesk experts) {
    app.command(ANY_COMMAND, new PartnershipCommand(answers, admin, replies, experts));
  }

  private static void events(App app, AnswerService answers, DeliveryLog deliveries, ReplyQueue replies,
      ConversationReplies conversations) {
    app.event(AppMentionEvent.class, new OnceOnly<>(deliveries, new MentionHandler(conversations)));
    app.event(MessageEvent.class, new OnceOnly<>(deliveries, new DirectMessageHandler(conversations)));
    app.event(AppHomeOpenedEvent.class, new OnceOnly<>(deliveries, new AppHomeHandler(answers, replies)));
  }

  private static void actions(App app, AnswerService answers, FeedbackListener feedback, DeliveryLog votes,
      ReplyQueue replies, ConversationReplies conversations, ExpertDesk experts) {
    app.blockAction(ButtonRouter.ANY, new ButtonRouter(List.of(
        new ButtonRouter.Route(ActionIds.TOPIC, new TopicButtonHandler(answers, replies, conversations)),
        new ButtonRouter.Route(ActionIds.FEEDBACK, new FeedbackButtonHandler(answers, feedback, votes, replies, experts)),
        new ButtonRouter.Route(ExpertButtonHandler.ACTIONS, new ExpertButtonHandler(answers, experts, replies)))));
  }
}
