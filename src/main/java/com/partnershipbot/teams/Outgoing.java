package com.partnershipbot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnershipbot.answering.PlainText;
import com.partnershipbot.answering.Reply;

/**
 * An activity the bot will post: a reply to {@code replyToId} (in a channel, into that reply
 * chain), or a new message in the conversation when {@code replyToId} is null.
 */
record Outgoing(String conversationId, String replyToId, ObjectNode activity) {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A reply carrying the reply's Adaptive Card. */
  static Outgoing card(Activity to, Reply reply) {
    ObjectNode activity = message(to).put("summary", PlainText.render(reply).lines().findFirst().orElse(""));
    activity.set("attachments", NODES.arrayNode().add(AdaptiveCards.attachment(reply)));
    return new Outgoing(to.conversationId(), to.id(), activity);
  }

  /** A reply in Teams Markdown. */
  static Outgoing text(Activity to, String markdown) {
    return new Outgoing(to.conversationId(), to.id(), textMessage(to, markdown));
  }

  /** A new message in the activity's conversation, not a reply. */
  static Outgoing newMessage(Activity in, String markdown) {
    ObjectNode activity = textMessage(in, markdown);
    activity.remove("replyToId");
    return new Outgoing(in.conversationId(), null, activity);
  }

  private static ObjectNode textMessage(Activity to, String markdown) {
    return message(to).put("textFormat", "markdown").put("text", markdown);
  }

  /** The reply envelope Bot Framework expects: from and recipient swapped, same conversation. */
  private static ObjectNode message(Activity to) {
    ObjectNode activity = NODES.objectNode().put("type", "message");
    copy(activity, "from", to.recipient());
    copy(activity, "recipient", to.from());
    copy(activity, "conversation", to.conversation());
    if (to.id() != null) {
      activity.put("replyToId", to.id());
    }
    return activity;
  }

  private static void copy(ObjectNode activity, String field, JsonNode value) {
    if (value.isObject()) {
      activity.set(field, value.deepCopy());
    }
  }
}
