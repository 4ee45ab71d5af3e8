package com.partnershipbot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;

/** A direct message to the bot: answered in the DM (in its thread, if it was a thread reply). */
final class DirectMessageHandler implements BoltEventHandler<MessageEvent> {
  private final ConversationReplies replies;

  DirectMessageHandler(ConversationReplies replies) {
    this.replies = replies;
  }

  @Override
  public Response apply(EventsApiPayload<MessageEvent> payload, EventContext context) {
    MessageEvent event = payload.getEvent();
    boolean direct = "im".equals(event.getChannelType());
    if (direct && Senders.isPerson(event.getUser(), event.getBotId(), event.getSubtype(), context.getBotUserId())) {
      String question = Senders.withoutBotMention(event.getText(), context.getBotUserId());
      replies.answer(context.client(), event.getChannel(), event.getThreadTs(), event.getUser(), question);
    }
    return context.ack();
  }
}
