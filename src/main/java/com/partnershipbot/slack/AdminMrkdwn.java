package com.partnershipbot.slack;

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

/** Renders an admin reply or notice as Slack mrkdwn: emoji for the signal, a bold title, "•" bullets, code spans and blocks. */
final class AdminMrkdwn {
  private static final String NOTE_INDENT = "    ";

  private AdminMrkdwn() {}

  static String render(AdminMessage message) {
    List<String> lines = new ArrayList<>();
    if (message.title() != null) {
      lines.add("*" + Mrkdwn.escape(message.title()) + "*");
    }
    message.parts().forEach(part -> lines.add(part(part)));
    return signal(message.signal()) + String.join("\n", lines);
  }

  private static String signal(AdminMessage.Signal signal) {
    switch (signal) {
      case DONE:
        return ":white_check_mark: ";
      case REFUSED:
        return ":x: ";
      case WARNING:
        return ":warning: ";
      default:
        return "";
    }
  }

  private static String part(Part part) {
    if (part instanceof Line line) {
      return text(line.text());
    }
    if (part instanceof Bullet bullet) {
      return "• " + text(bullet.text()) + (bullet.note() == null ? "" : "\n" + NOTE_INDENT + text(bullet.note()));
    }
    String lines = ((Preformatted) part).lines().stream().map(line -> Mrkdwn.escape(line).replace("```", "'''"))
        .collect(Collectors.joining("\n"));
    return "```\n" + lines + "\n```";
  }

  private static String text(Text text) {
    return text.spans().stream().map(AdminMrkdwn::span).collect(Collectors.joining());
  }

  private static String span(Span span) {
    String escaped = Mrkdwn.escape(span.text());
    switch (span.style()) {
      case CODE:
        return "`" + escaped.replace('`', '\'') + "`";
      case STRONG:
        return "*" + escaped + "*";
      case QUIET:
        return "_" + escaped + "_";
      default:
        return escaped;
    }
  }
}
