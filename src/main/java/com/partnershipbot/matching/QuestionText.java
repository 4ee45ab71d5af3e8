package com.partnershipbot.matching;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Cleans what people type before matching: Slack mentions and channel pings are dropped, links
 * keep their label, control characters become spaces, and very long text is cut.
 */
public final class QuestionText {
  /** Questions longer than this are matched on their first part only. */
  public static final int MAX_CHARS = 1000;

  private static final Pattern SLACK_PING = Pattern.compile("<[@!#][^>]*>");
  private static final Pattern SLACK_LINK_WITH_LABEL = Pattern.compile("<(?:https?|mailto):[^|>]*\\|([^>]*)>");
  private static final Pattern SLACK_LINK = Pattern.compile("<(?:https?|mailto):[^>]*>");
  private static final Pattern TEAMS_MENTION = Pattern.compile("<at>[^<]*</at>");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200d]]");

  private QuestionText() {}

  public static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String text = raw.length() > MAX_CHARS * 4 ? raw.substring(0, MAX_CHARS * 4) : raw;
    text = Normalizer.normalize(text, Normalizer.Form.NFKC);
    text = SLACK_PING.matcher(text).replaceAll(" ");
    text = SLACK_LINK_WITH_LABEL.matcher(text).replaceAll("$1");
    text = SLACK_LINK.matcher(text).replaceAll(" ");
    text = TEAMS_MENTION.matcher(text).replaceAll(" ");
    text = CONTROL.matcher(text).replaceAll(" ");
    text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    text = text.replaceAll("\\s+", " ").strip();
    return text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
  }
}
