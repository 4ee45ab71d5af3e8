package com.partnershipbot.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnershipbot.answering.ExpertDesk;
import com.partnershipbot.answering.ExpertTexts;
import com.partnershipbot.answering.Ticket;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adaptive Cards for "Ask the experts": the offer under an unsure reply, and the ticket in the
 * experts' channel with an inline answer field, Answer and Not in scope.
 */
final class ExpertCards {
  static final String ASK = "experts-ask";
  static final String ANSWER = "experts-answer";
  static final String DECLINE = "experts-decline";
  static final String WITHDRAW = "experts-withdraw";
  static final String QUESTION = "question";
  static final String TICKET = "ticket";
  static final String ANSWER_INPUT = "answer";
  private static final Pattern MARKDOWN = Pattern.compile("[\\\\`*_{}\\[\\]()#+\\-.!<>|~]");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ExpertCards() {}

  /** Adds the offer (what will be shared, and the button) under a reply card. */
  static ObjectNode withOffer(ObjectNode card, String question, String note) {
    ArrayNode body = (ArrayNode) card.get("body");
    body.add(text(note).put("isSubtle", true).put("size", "Small").put("spacing", "Medium"));
    body.add(actions(submit(ExpertTexts.BUTTON, NODES.objectNode().put(SubmitActions.ACTION, ASK)
        .put(QUESTION, question.length() > 2_000 ? question.substring(0, 2_000) : question))));
    return card;
  }

  /** A card of its own holding only the offer (after "Not helpful"). */
  static ObjectNode offer(String question, String note) {
    return withOffer(card(NODES.arrayNode(), note), question, note);
  }

  /** The confirmation to the asker, with a way to withdraw. */
  static ObjectNode confirmation(String text, Ticket ticket) {
    ArrayNode body = NODES.arrayNode().add(text(text));
    body.add(actions(submit(ExpertTexts.WITHDRAW, ticketData(WITHDRAW, ticket))));
    return card(body, text);
  }

  /** The ticket as the experts see it: question, who and where, guesses, an answer field, Answer and Not in scope. */
  static ObjectNode ticket(Ticket ticket, boolean reminder) {
    ArrayNode body = summary(ticket, reminder);
    body.add(NODES.objectNode().put("type", "Input.Text").put("id", ANSWER_INPUT).put("isMultiline", true)
        .put("maxLength", ExpertDesk.MAX_ANSWER).put("placeholder", "Your answer (sent to the asker with your name)"));
    body.add(actions(submit("Answer", ticketData(ANSWER, ticket)), submit("Not in scope", ticketData(DECLINE, ticket))));
    return card(body, "Ticket #" + ticket.id() + " for the experts: " + ticket.question());
  }

  /** The ticket once closed: no field, no buttons, and who closed it. */
  static ObjectNode closed(Ticket ticket) {
    ArrayNode body = summary(ticket, false);
    body.add(text(ExpertTexts.closedLine(ticket)).put("weight", "Bolder"));
    return card(body, "Ticket #" + ticket.id() + ": " + ExpertTexts.closedLine(ticket));
  }

  /** The expert's answer as the asker gets it, labelled, in Teams Markdown. */
  static String answer(Ticket ticket) {
    return "**" + escape(ExpertTexts.answerLabel(ticket)) + "**\n\n" + escape(ticket.answer());
  }

  static ObjectNode attachment(ObjectNode card) {
    return NODES.objectNode().put("contentType", AdaptiveCards.CONTENT_TYPE).set("content", card);
  }

  /** Someone's words shown as they typed them, not as Markdown. */
  static String escape(String text) {
    return text == null ? "" : MARKDOWN.matcher(text).replaceAll(m -> "\\\\" + Matcher.quoteReplacement(m.group()));
  }

  private static ArrayNode summary(Ticket ticket, boolean reminder) {
    String who = ticket.askerName() == null ? "someone" : escape(ticket.askerName());
    String where = ticket.where() == null ? "Teams" : escape(ticket.where());
    ArrayNode body = NODES.arrayNode()
        .add(text((reminder ? "Reminder: still open. " : "") + "Ticket #" + ticket.id() + " from " + who + " in " + where)
            .put("weight", "Bolder"))
        .add(text(escape(ticket.question())));
    if (ticket.guesses().isEmpty()) {
      body.add(text("The bot had no guess.").put("isSubtle", true));
    } else {
      ArrayNode facts = NODES.arrayNode();
      ticket.guesses().forEach(g -> facts.add(NODES.objectNode().put("title", String.format(Locale.ROOT, "%.2f",
          g.score())).put("value", escape(g.title()) + " (" + g.id() + ")")));
      body.add(text("The bot's best guesses:").put("isSubtle", true));
      body.add(NODES.objectNode().put("type", "FactSet").set("facts", facts));
    }
    return body;
  }

  private static ObjectNode ticketData(String action, Ticket ticket) {
    return NODES.objectNode().put(SubmitActions.ACTION, action).put(TICKET, String.valueOf(ticket.id()));
  }

  private static ObjectNode card(ArrayNode body, String fallback) {
    ObjectNode card = NODES.objectNode().put("type", "AdaptiveCard")
        .put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json").put("version", AdaptiveCards.VERSION)
        .put("fallbackText", fallback);
    card.set("body", body);
    return card;
  }

  private static ObjectNode text(String text) {
    return NODES.objectNode().put("type", "TextBlock").put("text", text).put("wrap", true);
  }

  private static ObjectNode actions(ObjectNode... actions) {
    ArrayNode list = NODES.arrayNode();
    for (ObjectNode action : actions) {
      list.add(action);
    }
    ObjectNode set = NODES.objectNode().put("type", "ActionSet");
    set.set("actions", list);
    return set;
  }

  private static ObjectNode submit(String title, ObjectNode data) {
    ObjectNode action = NODES.objectNode().put("type", "Action.Submit").put("title", title);
    action.set("data", data);
    return action;
  }
}
