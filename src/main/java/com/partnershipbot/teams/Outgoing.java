package com.partnershipbot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnershipbot.answering.ExpertTexts;
import com.partnershipbot.answering.PlainText;
import com.partnershipbot.answering.Reply;

/**
 * An activity the bot will send: a reply to {@code replyToId} (in a channel, into that reply
 * chain), a new message in the conversation when {@code replyToId} is null, or, when
 * {@code replaces}, a new version of the bot's own activity {@code replyToId} (a card updated in place).
 */
record Outgoing(String conversationId, String replyToId, ObjectNode activity, boolean replaces) {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  Outgoing(String conversationId, String replyToId, ObjectNode activity) {
    this(conversationId, replyToId, activity, false);
  }

  /** A reply carrying a card of the bot's own making. */
  static Outgoing card(Activity to, ObjectNode card, String summary) {
    ObjectNode activity = message(to).put("summary", summary);
    activity.set("attachments", NODES.arrayNode().add(ExpertCards.attachment(card)));
    return new Outgoing(to.conversationId(), to.id(), activity);
  }

  /** The card the activity's button was on, replaced by {@code card}. */
  static Outgoing replacing(Activity clicked, ObjectNode card) {
    return replacedCard(clicked, clicked.field("replyToId"), ExpertCards.attachment(card));
  }

  /** A message the bot starts in a conversation (a ticket, a relayed answer), not a reply to anything. */
  static Outgoing proactive(String conversationId, ObjectNode content) {
    ObjectNode activity = NODES.objectNode().put("type", "message");
    activity.putObject("conversation").put("id", conversationId);
    activity.setAll(content);
    return new Outgoing(conversationId, null, activity);
  }

  /** The content of a message in Teams Markdown, for {@link #proactive}. */
  static ObjectNode markdown(String text) {
    return NODES.objectNode().put("textFormat", "markdown").put("text", text);
  }

  /** The content of a message carrying a card, for {@link #proactive}. */
  static ObjectNode withCard(ObjectNode card, String summary) {
    ObjectNode content = NODES.objectNode().put("summary", summary);
    content.set("attachments", NODES.arrayNode().add(ExpertCards.attachment(card)));
    return content;
  }

  /** The Bot Connector operation, first word of the log line and the metrics' method tag. */
  String operation() {
    return replaces ? "updateActivity" : replyToId == null ? "sendToConversation" : "replyToActivity";
  }

  void sendWith(ConnectorClient connector, VerifiedCaller caller)
      throws com.partnershipbot.delivery.AttemptFailed, InterruptedException {
    if (replaces) {
      connector.update(caller, conversationId, replyToId, activity);
    } else {
      connector.post(caller, conversationId, replyToId, activity);
    }
  }

  /** The bot's card {@code cardId}, which the activity's sender acted on, replaced by the attachment {@code card}. */
  static Outgoing replacedCard(Activity from, String cardId, ObjectNode card) {
    ObjectNode activity = message(from);
    activity.remove("replyToId");
    activity.set("attachments", NODES.arrayNode().add(card));
    return new Outgoing(from.conversationId(), cardId, activity, true);
  }

  /** A reply carrying the reply's Adaptive Card. */
  static Outgoing card(Activity to, Reply reply) {
    ObjectNode activity = message(to).put("summary", PlainText.render(reply).lines().findFirst().orElse(""));
    activity.set("attachments", NODES.arrayNode().add(AdaptiveCards.attachment(reply)));
    return new Outgoing(to.conversationId(), to.id(), activity);
  }

  /** A reply carrying the reply's card with the experts offered under it. */
  static Outgoing cardWithOffer(Activity to, Reply reply, String question) {
    ObjectNode card = ExpertCards.withOffer(AdaptiveCards.card(reply), question, ExpertTexts.OFFER);
    return card(to, card, PlainText.render(reply).lines().findFirst().orElse(""));
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
