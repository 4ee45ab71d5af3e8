package com.partnershipbot.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.partnershipbot.answering.ExpertDesk;
import com.partnershipbot.answering.ExpertTexts;
import com.partnershipbot.answering.Ticket;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Block Kit for "Ask the experts": the offer under an unsure reply, the ticket in the experts' channel, the answer form. */
final class ExpertBlocks {
  static final String ASK = "experts:ask";
  static final String ANSWER = "experts:answer";
  static final String DECLINE = "experts:decline";
  static final String WITHDRAW = "experts:withdraw";
  static final String FORM = "experts:answer-form";
  static final String ANSWER_BLOCK = "answer";
  static final String ANSWER_INPUT = "text";
  static final String OFFER_BLOCK = "experts";
  private static final int VALUE_LIMIT = 2_000;

  private ExpertBlocks() {}

  /** The reply with the offer under it: what will be shared, and the button. */
  static SlackMessage offered(SlackMessage reply, String question, String note) {
    List<LayoutBlock> blocks = new ArrayList<>(reply.blocks());
    blocks.add(context(List.of(markdownText(note))));
    blocks.add(actions(a -> a.blockId(OFFER_BLOCK).elements(List.of(button(b -> b.actionId(ASK)
        .value(Mrkdwn.truncate(question, VALUE_LIMIT)).text(plainText(ExpertTexts.BUTTON)))))));
    return new SlackMessage(reply.text(), blocks.size() <= 50 ? blocks : blocks.subList(blocks.size() - 50, blocks.size()));
  }

  /** The asker's confirmation, with a way to take the question back while it is open. */
  static SlackMessage confirmation(String text, Ticket ticket) {
    List<LayoutBlock> blocks = List.of(section(s -> s.text(markdownText(Mrkdwn.escape(text)))),
        actions(a -> a.blockId("experts-withdraw").elements(List.of(button(b -> b.actionId(WITHDRAW)
            .value(String.valueOf(ticket.id())).text(plainText(ExpertTexts.WITHDRAW)))))));
    return new SlackMessage(text, blocks);
  }

  /** The ticket as the experts see it: question, who and where, the bot's guesses, Answer and Not in scope. */
  static SlackMessage ticket(Ticket ticket, boolean reminder) {
    List<LayoutBlock> blocks = new ArrayList<>(summary(ticket, reminder));
    blocks.add(actions(a -> a.blockId("experts-ticket-" + ticket.id()).elements(List.of(
        button(b -> b.actionId(ANSWER).value(String.valueOf(ticket.id())).style("primary").text(plainText("Answer"))),
        button(b -> b.actionId(DECLINE).value(String.valueOf(ticket.id())).text(plainText("Not in scope")))))));
    String lead = reminder ? "Reminder: ticket #" : "Ticket #";
    return new SlackMessage(lead + ticket.id() + " for the experts: " + Mrkdwn.truncate(ticket.question(), 300), blocks);
  }

  /** The ticket once closed: no buttons, and who closed it. */
  static SlackMessage closed(Ticket ticket) {
    List<LayoutBlock> blocks = new ArrayList<>(summary(ticket, false));
    blocks.add(context(List.of(markdownText(Mrkdwn.escape(ExpertTexts.closedLine(ticket))))));
    return new SlackMessage("Ticket #" + ticket.id() + ": " + ExpertTexts.closedLine(ticket), blocks);
  }

  /** The modal an expert types the answer in; the ticket and its message travel in private_metadata. */
  static View form(Ticket ticket, String channel, String messageTs) {
    return view(v -> v.type("modal").callbackId(FORM)
        .privateMetadata(ticket.id() + "|" + nullToEmpty(channel) + "|" + nullToEmpty(messageTs))
        .title(viewTitle(t -> t.type("plain_text").text("Answer ticket #" + ticket.id())))
        .submit(viewSubmit(s -> s.type("plain_text").text("Send answer")))
        .close(viewClose(c -> c.type("plain_text").text("Cancel")))
        .blocks(List.of(
            section(s -> s.text(markdownText("*Question*\n" + quoted(ticket.question())))),
            input(i -> i.blockId(ANSWER_BLOCK).label(plainText("Your answer (sent to the asker with your name)"))
                .element(plainTextInput(p -> p.actionId(ANSWER_INPUT).multiline(true)
                    .maxLength(ExpertDesk.MAX_ANSWER)))))));
  }

  /** The answer as the asker gets it, labelled as an expert's, with the expert's name. */
  static SlackMessage answer(Ticket ticket) {
    String label = ExpertTexts.answerLabel(ticket);
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(context(List.of(markdownText("*" + Mrkdwn.escape(label) + "*"))));
    Mrkdwn.chunks(Mrkdwn.escape(ticket.answer()), Mrkdwn.SECTION_LIMIT)
        .forEach(chunk -> blocks.add(section(s -> s.text(markdownText(chunk)))));
    return new SlackMessage(label + "\n" + ticket.answer(), blocks);
  }

  static SlackMessage note(String note) {
    return new SlackMessage(note, List.of(section(s -> s.text(markdownText(Mrkdwn.escape(note))))));
  }

  private static List<LayoutBlock> summary(Ticket ticket, boolean reminder) {
    String who = ticket.asker().map(a -> "<@" + a.user() + ">").orElse("someone");
    String where = where(ticket.where());
    String opening = (reminder ? "*Reminder:* still open. " : "") + "*Ticket #" + ticket.id() + "* from " + who
        + " in " + where + ":";
    String guesses = ticket.guesses().isEmpty() ? "The bot had no guess."
        : "The bot's best guesses: " + ticket.guesses().stream()
            .map(g -> Mrkdwn.escape(g.title()) + " `" + g.id() + "` (" + String.format(Locale.ROOT, "%.2f", g.score()) + ")")
            .collect(Collectors.joining(", "));
    return List.of(section(s -> s.text(markdownText(opening + "\n" + quoted(ticket.question())))),
        context(List.of(markdownText(guesses))));
  }

  /** Where the question was asked: a channel (linked) or a direct message. */
  private static String where(String where) {
    if (where == null || where.isBlank()) {
      return "an unknown place";
    }
    return where.matches("[CG][A-Z0-9]+") ? "<#" + where + ">" : Mrkdwn.escape(where);
  }

  private static String quoted(String text) {
    return Mrkdwn.truncate(Mrkdwn.escape(text), 2_500).lines().map(line -> ">" + line).collect(Collectors.joining("\n"));
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
