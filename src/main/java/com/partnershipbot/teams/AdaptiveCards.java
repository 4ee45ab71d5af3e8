package com.partnershipbot.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnershipbot.answering.PlainText;
import com.partnershipbot.answering.Reply;
import com.partnershipbot.answering.Topic;
import com.partnershipbot.knowledge.ContentFormat;
import com.partnershipbot.knowledge.Dates;
import com.partnershipbot.knowledge.FaqEntry;
import java.util.List;

/**
 * Renders a reply as an Adaptive Card (version 1.5, the newest Teams renders): title, answer and
 * source line; related topics and "did you mean" choices as {@code Action.Submit} buttons; helpful
 * and not-helpful buttons; and a plain-text fallback.
 */
final class AdaptiveCards {
  static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
  static final String VERSION = "1.5";
  static final int MAX_TOPIC_BUTTONS = 5;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private AdaptiveCards() {}

  /** The card wrapped as a message attachment. */
  static ObjectNode attachment(Reply reply) {
    return NODES.objectNode().put("contentType", CONTENT_TYPE).set("content", card(reply));
  }

  /**
   * The answer card as the voter sees it after voting: the same card with the helpful buttons
   * replaced by {@code thanks}, so the vote cannot be cast again from it.
   */
  static ObjectNode thankedAttachment(Reply.Answered answered, String thanks) {
    ObjectNode card = card(answered);
    ArrayNode body = (ArrayNode) card.get("body");
    body.remove(body.size() - 1);
    body.remove(body.size() - 1);
    body.add(text(thanks).put("isSubtle", true).put("size", "Small").put("spacing", "Medium"));
    return NODES.objectNode().put("contentType", CONTENT_TYPE).set("content", card);
  }

  static ObjectNode card(Reply reply) {
    ObjectNode card = NODES.objectNode()
        .put("type", "AdaptiveCard")
        .put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json")
        .put("version", VERSION)
        .put("fallbackText", PlainText.render(reply));
    card.set("body", body(reply));
    return card;
  }

  private static ArrayNode body(Reply reply) {
    if (reply instanceof Reply.Answered answered) {
      return answered(answered);
    }
    if (reply instanceof Reply.Clarification clarification) {
      return clarification(clarification);
    }
    if (reply instanceof Reply.Suggestion suggestion) {
      return suggestion(suggestion.topic());
    }
    if (reply instanceof Reply.NotFound notFound) {
      return notFound(notFound);
    }
    return topicList(SubmitActions.HELP_INTRO, ((Reply.Help) reply).topics());
  }

  private static ArrayNode answered(Reply.Answered answered) {
    FaqEntry entry = answered.entry();
    ArrayNode body = NODES.arrayNode()
        .add(text(entry.title()).put("weight", "Bolder").put("size", "Medium"))
        .add(text(ContentFormat.toMarkdown(entry.answer())))
        .add(text("Source: " + entry.source().citation() + " · Reviewed " + Dates.human(entry.reviewed()))
            .put("isSubtle", true).put("size", "Small"));
    if (!answered.related().isEmpty()) {
      body.add(text("Related topics").put("weight", "Bolder").put("size", "Small").put("spacing", "Medium"));
      body.add(topicButtons(answered.related()));
    }
    body.add(text("Was this helpful?").put("isSubtle", true).put("size", "Small").put("spacing", "Medium"));
    body.add(actionSet(NODES.arrayNode()
        .add(submit("👍 Helpful", SubmitActions.feedback(entry.id(), true)))
        .add(submit("👎 Not helpful", SubmitActions.feedback(entry.id(), false)))));
    return body;
  }

  private static ArrayNode clarification(Reply.Clarification clarification) {
    return NODES.arrayNode()
        .add(text("Did you mean one of these?").put("weight", "Bolder"))
        .add(topicButtons(clarification.choices()));
  }

  private static ArrayNode suggestion(Topic topic) {
    return NODES.arrayNode()
        .add(text("Did you mean **" + topic.title() + "**?"))
        .add(topicButtons(List.of(topic)));
  }

  /** A short decline: what the bot covers, where own-organisation questions go, the nearest topics, the help hint. */
  private static ArrayNode notFound(Reply.NotFound notFound) {
    ArrayNode body = NODES.arrayNode().add(text(ContentFormat.toMarkdown(notFound.fallback())));
    notFound.ownOrganisationNote().ifPresent(note -> body.add(text(ContentFormat.toMarkdown(note))));
    if (!notFound.nearest().isEmpty()) {
      body.add(topicButtons(notFound.nearest()));
    }
    return body.add(text(ContentFormat.toMarkdown(Reply.NotFound.HELP_HINT)).put("isSubtle", true).put("size", "Small"));
  }

  /** An introduction, every topic as a Markdown list, and a drop-down to open one. */
  private static ArrayNode topicList(String intro, List<Topic> topics) {
    ArrayNode choices = NODES.arrayNode();
    topics.forEach(t -> choices.add(NODES.objectNode().put("title", t.title()).put("value", t.id())));
    ObjectNode picker = NODES.objectNode().put("type", "Input.ChoiceSet").put("id", SubmitActions.TOPIC)
        .put("style", "compact").put("placeholder", "Choose a topic").put("isRequired", true)
        .put("errorMessage", "Choose a topic first");
    picker.set("choices", choices);
    return NODES.arrayNode()
        .add(text(intro))
        .add(text(TeamsText.topicList(topics)))
        .add(picker)
        .add(actionSet(NODES.arrayNode().add(submit("Show answer", SubmitActions.pickTopic()))));
  }

  private static ObjectNode topicButtons(List<Topic> topics) {
    ArrayNode actions = NODES.arrayNode();
    topics.stream().limit(MAX_TOPIC_BUTTONS).forEach(t -> actions.add(submit(t.title(), SubmitActions.topic(t.id()))));
    return actionSet(actions);
  }

  private static ObjectNode text(String text) {
    return NODES.objectNode().put("type", "TextBlock").put("text", text).put("wrap", true);
  }

  private static ObjectNode actionSet(ArrayNode actions) {
    ObjectNode set = NODES.objectNode().put("type", "ActionSet");
    set.set("actions", actions);
    return set;
  }

  private static ObjectNode submit(String title, ObjectNode data) {
    ObjectNode action = NODES.objectNode().put("type", "Action.Submit").put("title", title);
    action.set("data", data);
    return action;
  }
}
