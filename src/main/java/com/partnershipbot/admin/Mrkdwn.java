package com.partnershipbot.admin;

import com.partnershipbot.knowledge.ConfigProblem;
import java.util.List;
import java.util.stream.Collectors;

/** Slack mrkdwn pieces for admin replies: escaping, and config problems as a code block. */
final class Mrkdwn {
  static final int MAX_PROBLEMS = 15;

  private Mrkdwn() {}

  /** Slack escapes only &, < and >. */
  static String escape(String text) {
    return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Up to 15 problems as FILE:LINE:COLUMN: message lines in a code block. */
  static String problems(List<ConfigProblem> problems) {
    if (problems.isEmpty()) {
      return "";
    }
    String lines = problems.stream().limit(MAX_PROBLEMS).map(ConfigProblem::format)
        .map(line -> escape(line).replace("```", "'''")).collect(Collectors.joining("\n"));
    String more = problems.size() > MAX_PROBLEMS ? "\n… and " + (problems.size() - MAX_PROBLEMS) + " more" : "";
    return "```\n" + lines + more + "\n```";
  }
}
