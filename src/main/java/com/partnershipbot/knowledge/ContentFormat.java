package com.partnershipbot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The format admins write answers and the fallback in: Slack-style mrkdwn, that is {@code *bold*},
 * {@code _italic_}, {@code ~strike~}, {@code <url|label>} links, "•" bullets and {@code &amp;},
 * {@code &lt;}, {@code &gt;} for the three special characters. Slack shows it as written; this
 * class is the one place that knows its syntax and converts it to Markdown and to plain text.
 */
public final class ContentFormat {
  /** The longest answer: one message section, whole, in every chat app the bot speaks in. */
  public static final int MAX_ANSWER_CHARS = 3000;

  private static final Pattern LABELLED_LINK = Pattern.compile("<((?:https?|mailto):[^|>\\s]+)\\|([^>]+)>");
  private static final Pattern BARE_LINK = Pattern.compile("<((?:https?|mailto):[^|>\\s]+)>");
  private static final Pattern BOLD = Pattern.compile("(?<![\\w*])\\*([^*\\n]+)\\*(?![\\w*])");
  private static final Pattern ITALIC = Pattern.compile("(?<![\\w_])_([^_\\n]+)_(?![\\w_])");
  private static final Pattern STRIKE = Pattern.compile("(?<![\\w~])~([^~\\n]+)~(?![\\w~])");
  /** Marks where a link's HTML goes back in, after the text around it is escaped. */
  private static final String HELD = "\u0000";
  private static final Pattern BULLET = Pattern.compile("^\\s*[•◦▪‣]\\s*");

  private ContentFormat() {}

  /** The format's length rule: what is wrong with an answer too long to show as one section. */
  static Optional<String> lengthProblem(String answer) {
    if (answer.length() <= MAX_ANSWER_CHARS) {
      return Optional.empty();
    }
    return Optional.of("answer is " + answer.length() + " characters; answers are at most " + MAX_ANSWER_CHARS
        + " so that every chat app shows them in one piece, so shorten it");
  }

  /** Markdown as Teams renders it (in messages and Adaptive Card text): links, bold and "- " lists. */
  public static String toMarkdown(String mrkdwn) {
    String text = LABELLED_LINK.matcher(mrkdwn).replaceAll(m ->
        Matcher.quoteReplacement("[" + escapeLabel(m.group(2)) + "](" + m.group(1) + ")"));
    text = BARE_LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    text = BOLD.matcher(text).replaceAll("**$1**");
    text = STRIKE.matcher(text).replaceAll("$1");
    return separateLists(unescape(text)).strip();
  }

  /** Plain text for a terminal: emphasis markers dropped, links as "label (url)". */
  public static String toPlainText(String mrkdwn) {
    String text = LABELLED_LINK.matcher(mrkdwn).replaceAll(m -> Matcher.quoteReplacement(m.group(2) + " (" + m.group(1) + ")"));
    text = BARE_LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    text = BOLD.matcher(text).replaceAll("$1");
    text = ITALIC.matcher(text).replaceAll("$1");
    return unescape(text);
  }

  /**
   * Safe HTML that looks as Slack shows the text: paragraphs and line breaks, bold, italic, strike,
   * links (web and mail only), "•" lists and "&gt;" quotes. Everything else is escaped, so no text
   * in an answer can add markup or script to a page.
   */
  public static String toHtml(String mrkdwn) {
    List<String> links = new ArrayList<>();
    String text = LABELLED_LINK.matcher(mrkdwn).replaceAll(m -> held(links, htmlLink(m.group(1), m.group(2))));
    text = BARE_LINK.matcher(text).replaceAll(m -> held(links, htmlLink(m.group(1), m.group(1))));
    String html = htmlBlocks(htmlInline(escapeHtml(unescape(text.replace("\r", "")))));
    for (int i = 0; i < links.size(); i++) {
      html = html.replace(HELD + i + HELD, links.get(i));
    }
    return html;
  }

  private static String held(List<String> links, String html) {
    links.add(html);
    return Matcher.quoteReplacement(HELD + (links.size() - 1) + HELD);
  }

  private static String htmlLink(String url, String label) {
    return "<a href=\"" + escapeHtml(unescape(url)) + "\" rel=\"noopener noreferrer\">"
        + htmlInline(escapeHtml(unescape(label))) + "</a>";
  }

  private static String htmlInline(String escaped) {
    String text = BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
    text = ITALIC.matcher(text).replaceAll("<em>$1</em>");
    return STRIKE.matcher(text).replaceAll("<del>$1</del>");
  }

  /** Paragraphs (lines joined by breaks), lists of "•" lines and quotes of "&gt;" lines. */
  private static String htmlBlocks(String escaped) {
    StringBuilder html = new StringBuilder();
    String open = null;
    List<String> lines = new ArrayList<>();
    for (String line : (escaped.strip() + "\n").split("\n", -1)) {
      String kind = line.isBlank() ? null : BULLET.matcher(line).find() ? "ul" : line.startsWith("&gt;") ? "blockquote" : "p";
      if (!Objects.equals(kind, open) || line.isBlank()) {
        closeBlock(html, open, lines);
        open = kind;
      }
      if (kind != null) {
        lines.add(kind.equals("ul") ? BULLET.matcher(line).replaceFirst("")
            : kind.equals("blockquote") ? line.substring(4).strip() : line);
      }
    }
    return html.toString();
  }

  private static void closeBlock(StringBuilder html, String kind, List<String> lines) {
    if (kind != null && !lines.isEmpty()) {
      html.append('<').append(kind).append('>');
      if (kind.equals("ul")) {
        lines.forEach(line -> html.append("<li>").append(line).append("</li>"));
      } else {
        html.append(String.join("<br>", lines));
      }
      html.append("</").append(kind).append('>');
    }
    lines.clear();
  }

  private static String escapeHtml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  private static String unescape(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  /** Turns bullets into "- " items, each list set off by blank lines so Markdown renders it as a list. */
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
