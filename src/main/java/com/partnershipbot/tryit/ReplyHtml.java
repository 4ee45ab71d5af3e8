package com.partnershipbot.tryit;

import static com.partnershipbot.tryit.Html.askHref;
import static com.partnershipbot.tryit.Html.text;

import com.partnershipbot.answering.Topic;
import java.util.List;
import java.util.Locale;

/** A reply as a chat message, laid out as Slack shows it: title, text, source line, related topics and choices. */
final class ReplyHtml {
  private ReplyHtml() {}

  static String of(AskResult result) {
    StringBuilder html = new StringBuilder();
    html.append("<article class=\"message outcome-").append(result.outcome().toLowerCase(Locale.ROOT).replace('_', '-'))
        .append("\" data-outcome=\"").append(text(result.outcome())).append("\">")
        .append("<div class=\"avatar\" aria-hidden=\"true\">PB</div><div class=\"bubble\">")
        .append("<p class=\"meta\"><span class=\"name\">Partnership Bot</span> <span class=\"app\">App</span></p>")
        .append("<p class=\"asked\">You asked: <q>").append(text(result.question())).append("</q></p>");
    if (result.title() != null) {
      html.append("<h2 class=\"title\" id=\"reply-title\" tabindex=\"-1\">").append(text(result.title())).append("</h2>");
    }
    html.append("<div class=\"text\">").append(result.html()).append("</div>");
    if (result.source() != null) {
      html.append("<p class=\"source\">Source: ").append(text(result.source().citation())).append(" · Reviewed ")
          .append(text(result.source().reviewed())).append("</p>");
    }
    related(html, result.related());
    choices(html, result.choices());
    return html.append("</div></article>").toString();
  }

  private static void related(StringBuilder html, List<Topic> related) {
    if (related.isEmpty()) {
      return;
    }
    html.append("<p class=\"related\">Related: ");
    for (int i = 0; i < related.size(); i++) {
      Topic topic = related.get(i);
      html.append(i == 0 ? "" : " · ").append("<a href=\"").append(text(askHref(topic.id())))
          .append("\" data-ask=\"").append(text(topic.id())).append("\">").append(text(topic.title())).append("</a>");
    }
    html.append("</p>");
  }

  /** Buttons that ask the chosen topic; a plain form, so they work without JavaScript. */
  private static void choices(StringBuilder html, List<Topic> choices) {
    if (choices.isEmpty()) {
      return;
    }
    html.append("<form class=\"choices\" method=\"get\" action=\"\">");
    choices.forEach(topic -> html.append("<button type=\"submit\" name=\"q\" value=\"").append(text(topic.id()))
        .append("\">").append(text(topic.title())).append("</button>"));
    html.append("</form>");
  }
}
