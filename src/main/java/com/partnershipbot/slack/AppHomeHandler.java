package com.partnershipbot.slack;

import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.LogText;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import java.util.Optional;

/** Opening the bot's Home tab publishes the topic list and how to ask. */
final class AppHomeHandler implements BoltEventHandler<AppHomeOpenedEvent> {
  private final AnswerService answers;
  private final ReplyQueue replies;

  AppHomeHandler(AnswerService answers, ReplyQueue replies) {
    this.answers = answers;
    this.replies = replies;
  }

  @Override
  public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext context) {
    AppHomeOpenedEvent event = payload.getEvent();
    if ("home".equals(event.getTab()) && event.getUser() != null) {
      publish(context.client(), event.getUser());
    }
    return context.ack();
  }

  private void publish(MethodsClient client, String user) {
    View home = View.builder().type("home").blocks(ReplyBlocks.home(answers.topics())).build();
    // publishing the same view twice changes nothing, so a possibly delivered attempt is simply sent again
    replies.submit("home:" + user, "views.publish for " + LogText.of(user),
        () -> SlackCalls.api("views.publish", () -> client.viewsPublish(r -> r.userId(user).view(home))),
        () -> Optional.of(false));
  }
}
