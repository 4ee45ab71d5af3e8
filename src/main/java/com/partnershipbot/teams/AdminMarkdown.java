package com.partnershipbot.teams;

import com.partnershipbot.answering.AdminMessage;
import com.partnershipbot.answering.AdminMessage.Bullet;
import com.partnershipbot.answering.AdminMessage.Line;
import com.partnershipbot.answering.AdminMessage.Part;
import com.partnershipbot.answering.AdminMessage.Preformatted;
import com.partnershipbot.answering.AdminMessage.Span;
import com.partnershipbot.answering.AdminMessage.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Renders an admin reply or notice as Teams Markdown: emoji for the signal, a bold title, "-" bullets, code spans and blocks. */
final class AdminMarkdown {
  private AdminMarkdown() {}

  static String render(AdminMessage message) {
    List<String> paragraphs = new ArrayList<>();
    if (message.title() != null) {
      paragraphs.add("**" + escape(message.title()) + "**");
    }
    message.parts().forEach(part -> paragraphs.add(part(part)));
    return signal(message.signal()) + String.join("\n\n", paragraphs);
  }

  private static String signal(AdminMessage.Signal signal) {
    return switch (signal) {
      case DONE -> "✅ ";
      case REFUSED -> "❌ ";
      case WARNING -> "⚠️ ";
      default -> "";
    };
  }

  private static String part(Part part) {
    if (part instanceof Line line) {
      return text(line.text());
    }
    if (part instanceof Bullet bullet) {
      return "- " + text(bullet.text()) + (bullet.note() == null ? "" : "  \n  " + text(bullet.note()));
    }
    String lines = ((Preformatted) part).lines().stream().map(line -> line.replace("```", "'''"))
        .collect(Collectors.joining("\n"));
    return "```\n" + lines + "\n```";
  }

  private static String text(Text text) {
    return text.spans().stream().map(AdminMarkdown::span).collect(Collectors.joining());
  }

  private static String span(Span span) {
    return switch (span.style()) {
      case CODE -> "`" + span.text().replace('`', '\'') + "`";
      case STRONG -> "**" + escape(span.text()) + "**";
      case QUIET -> "_" + escape(span.text()) + "_";
      default -> escape(span.text());
    };
  }

  /** Markdown's emphasis and link characters, so config text shows as written. */
  private static String escape(String text) {
    return text.replaceAll("([\\\\*_`\\[\\]<>])", "\\\\$1");
  }
}
