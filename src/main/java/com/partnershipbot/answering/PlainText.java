package com.partnershipbot.answering;

import com.partnershipbot.knowledge.ContentFormat;
import com.partnershipbot.knowledge.Dates;
import com.partnershipbot.knowledge.FaqEntry;
import java.util.List;
import java.util.stream.Collectors;

/** Renders a reply as plain text for a terminal, without the answers' markup. */
public final class PlainText {
  private PlainText() {}

  public static String render(Reply reply) {
    if (reply instanceof Reply.Answered answered) {
      return answered(answered);
    }
    if (reply instanceof Reply.Clarification clarification) {
      return "Did you mean one of these?\n" + list(clarification.choices());
    }
    if (reply instanceof Reply.Suggestion suggestion) {
      return "Did you mean " + suggestion.topic().title() + "?\n" + list(List.of(suggestion.topic()));
    }
    if (reply instanceof Reply.NotFound notFound) {
      return notFound(notFound);
    }
    return "Ask me about the OpenAI and Microsoft partnership. Topics:\n" + list(((Reply.Help) reply).topics());
  }

  private static String answered(Reply.Answered answered) {
    FaqEntry entry = answered.entry();
    StringBuilder text = new StringBuilder(entry.title()).append("\n\n")
        .append(ContentFormat.toPlainText(entry.answer()).strip()).append("\n\n")
        .append("Source: ").append(entry.source().citation())
        .append(" · Reviewed ").append(Dates.human(entry.reviewed()));
    if (!answered.related().isEmpty()) {
      text.append("\nRelated: ").append(answered.related().stream().map(Topic::id).collect(Collectors.joining(", ")));
    }
    return text.toString();
  }

  /** The fallback, the note for own-organisation questions, the nearest topics and the help hint. */
  private static String notFound(Reply.NotFound notFound) {
    StringBuilder text = new StringBuilder(ContentFormat.toPlainText(notFound.fallback()));
    notFound.ownOrganisationNote().ifPresent(note -> text.append("\n").append(ContentFormat.toPlainText(note)));
    if (!notFound.nearest().isEmpty()) {
      text.append("\nNearest topics:\n").append(list(notFound.nearest()));
    }
    return text.append("\n").append(ContentFormat.toPlainText(Reply.NotFound.HELP_HINT)).toString();
  }

  private static String list(List<Topic> topics) {
    return topics.stream().map(t -> String.format("  %-16s %s", t.id(), t.title())).collect(Collectors.joining("\n"));
  }
}
