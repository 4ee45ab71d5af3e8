package com.partnershipbot.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.partnershipbot.answering.Reply;
import com.partnershipbot.answering.Topic;
import com.partnershipbot.knowledge.Dates;
import com.partnershipbot.knowledge.FaqEntry;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders replies as Block Kit within Slack's limits (50 blocks, 3,000 characters a section,
 * 25 buttons a row). Curated text is admins' mrkdwn and goes out as written; anything a user typed
 * is escaped first.
 */
final class ReplyBlocks {
  static final String USAGE = "Ask me about the OpenAI and Microsoft partnership: type "
      + "`/partnership is Azure still exclusive?`, mention me in a channel, or send me a direct message.";
  private static final int MAX_BLOCKS = 50;
  private static final int BUTTONS_PER_ROW = 25;
  private static final int HEADER_LIMIT = 150;
  private static final int BUTTON_LIMIT = 75;
  private static final int FALLBACK_LEAD_LIMIT = 300;

  private ReplyBlocks() {}

  /** Any reply; {@code question} is what the person typed, quoted back when the bot is unsure. */
  static SlackMessage render(Reply reply, String question) {
    if (reply instanceof Reply.Answered answered) {
      return answered(answered);
    }
    if (reply instanceof Reply.Clarification clarification) {
      return clarification(clarification, question);
    }
    if (reply instanceof Reply.Suggestion suggestion) {
      return suggestion(suggestion);
    }
    if (reply instanceof Reply.NotFound notFound) {
      return notFound(notFound, question);
    }
    return help(((Reply.Help) reply).topics());
  }

  /** A curated answer with its source, related topics and feedback buttons. */
  static SlackMessage answered(Reply.Answered answered) {
    List<LayoutBlock> blocks = answerBody(answered);
    blocks.add(actions(a -> a.blockId(ActionIds.FEEDBACK_BLOCK).elements(List.of(
        feedbackButton(ActionIds.HELPFUL, "Helpful", answered.entry().id()),
        feedbackButton(ActionIds.NOT_HELPFUL, "Not helpful", answered.entry().id())))));
    return message(fallback(answered.entry()), blocks);
  }

  static SlackMessage clarification(Reply.Clarification clarification, String question) {
    String intro = "I'm not sure which topic you mean by “" + Mrkdwn.quote(question) + "”. Did you mean:";
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText(intro))));
    blocks.addAll(topicButtons(ActionIds.CHOICES_BLOCK, clarification.choices()));
    return message("Did you mean: " + titles(clarification.choices()) + "?", blocks);
  }

  /** One plausible topic: "Did you mean *title*?" and its button. */
  static SlackMessage suggestion(Reply.Suggestion suggestion) {
    Topic topic = suggestion.topic();
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText("Did you mean *" + Mrkdwn.escape(topic.title()) + "*?"))));
    blocks.addAll(topicButtons(ActionIds.CHOICES_BLOCK, List.of(topic)));
    return message("Did you mean " + topic.title() + "?", blocks);
  }

  /** A short decline: what the bot covers, where own-organisation questions go, the nearest topics, the help hint. */
  static SlackMessage notFound(Reply.NotFound notFound, String question) {
    String said = notFound.fallback() + notFound.ownOrganisationNote().map(note -> "\n" + note).orElse("");
    String text = "You asked: “" + Mrkdwn.quote(question) + "”\n" + said;
    List<LayoutBlock> blocks = new ArrayList<>();
    Mrkdwn.chunks(text, Mrkdwn.SECTION_LIMIT).forEach(chunk -> blocks.add(section(s -> s.text(markdownText(chunk)))));
    if (!notFound.nearest().isEmpty()) {
      blocks.addAll(topicButtons(ActionIds.CHOICES_BLOCK, notFound.nearest()));
    }
    blocks.add(context(List.of(markdownText(Reply.NotFound.HELP_HINT))));
    return message(said, blocks);
  }

  static SlackMessage help(List<Topic> topics) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText(USAGE + " Or pick a topic:"))));
    blocks.addAll(topicButtons(ActionIds.CHOICES_BLOCK, topics));
    return message(USAGE + " Topics: " + titles(topics), blocks);
  }

  /** App Home: what the bot is for, how to ask, and every topic. */
  static List<LayoutBlock> home(List<Topic> topics) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText("Partnership Bot"))));
    blocks.add(section(s -> s.text(markdownText(USAGE))));
    String list = topics.stream().map(t -> "• *" + Mrkdwn.escape(t.title()) + "*  `" + t.id() + "`")
        .collect(Collectors.joining("\n"));
    Mrkdwn.chunks("*Topics*\n" + list, Mrkdwn.SECTION_LIMIT)
        .forEach(chunk -> blocks.add(section(s -> s.text(markdownText(chunk)))));
    blocks.addAll(topicButtons(ActionIds.CHOICES_BLOCK, topics));
    return limit(blocks);
  }

  private static List<LayoutBlock> answerBody(Reply.Answered answered) {
    FaqEntry entry = answered.entry();
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(header(h -> h.text(plainText(Mrkdwn.truncate(entry.title(), HEADER_LIMIT)))));
    Mrkdwn.chunks(entry.answer(), Mrkdwn.SECTION_LIMIT)
        .forEach(chunk -> blocks.add(section(s -> s.text(markdownText(chunk)))));
    blocks.add(context(List.of(markdownText(sourceLine(entry)))));
    blocks.addAll(topicButtons(ActionIds.RELATED_BLOCK, answered.related()));
    return blocks;
  }

  private static String sourceLine(FaqEntry entry) {
    return "Source: " + Mrkdwn.escape(entry.source().citation()) + " · Reviewed " + Dates.human(entry.reviewed());
  }

  private static List<LayoutBlock> topicButtons(String blockId, List<Topic> topics) {
    List<LayoutBlock> rows = new ArrayList<>();
    for (int start = 0; start < topics.size(); start += BUTTONS_PER_ROW) {
      List<BlockElement> buttons = topics.subList(start, Math.min(topics.size(), start + BUTTONS_PER_ROW)).stream()
          .map(ReplyBlocks::topicButton).toList();
      String id = start == 0 ? blockId : blockId + "-" + start / BUTTONS_PER_ROW;
      rows.add(actions(a -> a.blockId(id).elements(buttons)));
    }
    return rows;
  }

  private static BlockElement topicButton(Topic topic) {
    return button(b -> b.actionId(ActionIds.TOPIC_PREFIX + topic.id()).value(topic.id())
        .text(plainText(Mrkdwn.truncate(topic.title(), BUTTON_LIMIT))));
  }

  private static BlockElement feedbackButton(String actionId, String label, String entryId) {
    return button(b -> b.actionId(actionId).value(entryId).text(plainText(label)));
  }

  /** For notifications: the title and the answer's lead line, not the whole answer a second time. */
  private static String fallback(FaqEntry entry) {
    String lead = entry.answer().strip().lines().findFirst().orElse("");
    return entry.title() + "\n" + Mrkdwn.truncate(lead, FALLBACK_LEAD_LIMIT);
  }

  private static String titles(List<Topic> topics) {
    return topics.stream().map(Topic::title).collect(Collectors.joining(", "));
  }

  private static SlackMessage message(String text, List<LayoutBlock> blocks) {
    return new SlackMessage(text, limit(blocks));
  }

  private static List<LayoutBlock> limit(List<LayoutBlock> blocks) {
    return blocks.size() <= MAX_BLOCKS ? blocks : new ArrayList<>(blocks.subList(0, MAX_BLOCKS));
  }
}
