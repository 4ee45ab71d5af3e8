package com.partnershipbot.teams;

import com.partnershipbot.answering.Reply;
import com.partnershipbot.answering.Topic;
import com.partnershipbot.knowledge.ContentFormat;
import com.partnershipbot.knowledge.Dates;
import com.partnershipbot.knowledge.FaqEntry;
import java.util.List;
import java.util.stream.Collectors;

/** Renders a reply as a Teams Markdown message, for where cards and buttons are not available (outgoing webhooks). */
final class TeamsText {
  private TeamsText() {}

  static String render(Reply reply) {
    if (reply instanceof Reply.Answered answered) {
      return answered(answered);
    }
    if (reply instanceof Reply.Clarification clarification) {
      return "Did you mean one of these? Ask again with its name.\n\n" + topicList(clarification.choices());
    }
    if (reply instanceof Reply.Suggestion suggestion) {
      return "Did you mean **" + suggestion.topic().title() + "**? Ask again with its name.\n\n"
          + topicList(List.of(suggestion.topic()));
    }
    if (reply instanceof Reply.NotFound notFound) {
      return notFound(notFound);
    }
    return SubmitActions.HELP_INTRO + "\n\n" + topicList(((Reply.Help) reply).topics());
  }

  /** One "- **id**: title" line per topic; the id is what people can type. */
  static String topicList(List<Topic> topics) {
    return topics.stream().map(t -> "- **" + t.id() + "**: " + t.title()).collect(Collectors.joining("\n"));
  }

  /** The fallback, the note for own-organisation questions, the nearest topics (by name) and the help hint. */
  private static String notFound(Reply.NotFound notFound) {
    StringBuilder text = new StringBuilder(ContentFormat.toMarkdown(notFound.fallback()));
    notFound.ownOrganisationNote().ifPresent(note -> text.append("\n\n").append(ContentFormat.toMarkdown(note)));
    if (!notFound.nearest().isEmpty()) {
      text.append("\n\nNearest topics:\n\n").append(topicList(notFound.nearest()));
    }
    return text.append("\n\n").append(ContentFormat.toMarkdown(Reply.NotFound.HELP_HINT)).toString();
  }

  private static String answered(Reply.Answered answered) {
    FaqEntry entry = answered.entry();
    StringBuilder text = new StringBuilder("**").append(entry.title()).append("**\n\n")
        .append(ContentFormat.toMarkdown(entry.answer())).append("\n\n")
        .append("_Source: ").append(entry.source().citation())
        .append(" · Reviewed ").append(Dates.human(entry.reviewed())).append("_");
    if (!answered.related().isEmpty()) {
      text.append("\n\nRelated: ")
          .append(answered.related().stream().map(t -> "**" + t.id() + "**").collect(Collectors.joining(", ")));
    }
    return text.toString();
  }
}
