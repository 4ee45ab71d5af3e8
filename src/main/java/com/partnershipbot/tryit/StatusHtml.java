package com.partnershipbot.tryit;

import static com.partnershipbot.tryit.Html.askHref;
import static com.partnershipbot.tryit.Html.text;

import com.partnershipbot.answering.ReloadResult;
import com.partnershipbot.knowledge.ConfigProblem;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The status strip: config version and load time, a refused reload's problems, warnings, unanswered questions. */
final class StatusHtml {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
      .withZone(ZoneOffset.UTC);

  private StatusHtml() {}

  static String of(PageStatus status) {
    StringBuilder html = new StringBuilder("<footer id=\"status\" class=\"status\" aria-label=\"Status\">"
        + "<div class=\"wrap\">");
    html.append("<p class=\"config\">Config <code>").append(text(status.version())).append("</code> · loaded ")
        .append(when(status.loadedAt())).append(" · ").append(status.answers()).append(" answers · matching by ")
        .append(status.semantic() ? "wording and meaning" : "wording only");
    status.configDir().ifPresent(dir -> html.append(" · from <code>").append(text(dir)).append("</code>"));
    html.append("</p>");
    status.refused().ifPresent(refused -> refused(html, refused));
    if (!status.warnings().isEmpty()) {
      html.append("<div class=\"warnings\"><p>Warnings in the config served:</p>");
      problems(html, status.warnings());
      html.append("</div>");
    }
    status.unanswered().ifPresent(questions -> unanswered(html, questions));
    return html.append("</div></footer>").toString();
  }

  private static void refused(StringBuilder html, ReloadResult refused) {
    html.append("<div class=\"refused\" role=\"alert\"><p><strong>Reload refused</strong> at ").append(when(refused.at()))
        .append(": still serving <code>").append(text(refused.version())).append("</code>. Fix these and save:</p>");
    problems(html, refused.errors());
    html.append("</div>");
  }

  private static void problems(StringBuilder html, List<ConfigProblem> problems) {
    html.append("<ul class=\"problems\">");
    problems.forEach(problem -> html.append("<li><code>").append(text(problem.format())).append("</code></li>"));
    html.append("</ul>");
  }

  private static void unanswered(StringBuilder html, List<Unanswered> questions) {
    html.append("<div class=\"unanswered\"><h2>Top unanswered questions</h2>");
    if (questions.isEmpty()) {
      html.append("<p>None recorded in the last 30 days.</p>");
    } else {
      html.append("<ol>");
      questions.forEach(q -> html.append("<li><a href=\"").append(text(askHref(q.question()))).append("\" data-ask=\"")
          .append(text(q.question())).append("\">").append(text(q.question())).append("</a> <span class=\"times\">×")
          .append(q.times()).append("</span></li>"));
      html.append("</ol>");
    }
    html.append("</div>");
  }

  private static String when(Instant at) {
    return WHEN.format(at);
  }
}
