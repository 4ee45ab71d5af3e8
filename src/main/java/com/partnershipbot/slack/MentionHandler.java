package com.partnershipbot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;

/** {@code @bot question} in a channel: answered in a thread under that message, or in the thread it was asked in. */
final class MentionHandler implements BoltEventHandler<AppMentionEvent> {
  private final ConversationReplies replies;

  MentionHandler(ConversationReplies replies) {
    this.replies = replies;
  }

  @Override
  public Response apply(EventsApiPayload<AppMentionEvent> payload, EventContext context) {
    AppMentionEvent event = payload.getEvent();
    String botUserId = context.getBotUserId();
    if (Senders.isPerson(event.getUser(), event.getBotId(), event.getSubtype(), botUserId) && event.getEdited() == null) {
      String threadTs = event.getThreadTs() != null ? event.getThreadTs() : event.getTs();
      String question = Senders.withoutBotMention(event.getText(), botUserId);
      replies.answer(context.client(), event.getChannel(), threadTs, event.getUser(), question);
    }
    return context.ack();
  }
}
