package com.partnershipbot.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the Slack mrkdwn admins write answers in to the Markdown Teams renders (in messages and
 * Adaptive Card text): {@code <url|text>} links, {@code *bold*}, {@code ~strike~} and "•" bullets.
 */
final class TeamsMarkdown {
  private static final Pattern LABELLED_LINK = Pattern.compile("<((?:https?|mailto):[^|>\\s]+)\\|([^>]+)>");
  private static final Pattern BARE_LINK = Pattern.compile("<((?:https?|mailto):[^|>\\s]+)>");
  private static final Pattern BOLD = Pattern.compile("(?<![\\w*])\\*([^*\\n]+)\\*(?![\\w*])");
  private static final Pattern STRIKE = Pattern.compile("(?<![\\w~])~([^~\\n]+)~(?![\\w~])");
  private static final Pattern BULLET = Pattern.compile("^\\s*[•◦▪‣]\\s*");

  private TeamsMarkdown() {}

  static String fromMrkdwn(String mrkdwn) {
    String text = LABELLED_LINK.matcher(mrkdwn).replaceAll(m ->
        Matcher.quoteReplacement("[" + escapeLabel(m.group(2)) + "](" + m.group(1) + ")"));
    text = BARE_LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    text = BOLD.matcher(text).replaceAll("**$1**");
    text = STRIKE.matcher(text).replaceAll("$1");
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    return separateLists(text).strip();
  }

  /** Turns bullets into "- " items, each list set off by blank lines so Teams renders it as a list. */
  private static String separateLists(String text) {
    List<String> out = new ArrayList<>();
    boolean inList = false;
    for (String line : text.split("\n", -1)) {
      boolean item = BULLET.matcher(line).find() || line.stripLeading().startsWith("- ");
      if (item != inList && !out.isEmpty() && !out.get(out.size() - 1).isBlank() && !line.isBlank()) {
        out.add("");
      }
      out.add(item ? BULLET.matcher(line).replaceFirst("- ").stripLeading() : line);
      inList = item;
    }
    return String.join("\n", out);
  }

  private static String escapeLabel(String label) {
    return label.replace("[", "\\[").replace("]", "\\]");
  }
}
