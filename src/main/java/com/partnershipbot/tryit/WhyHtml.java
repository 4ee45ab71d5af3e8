package com.partnershipbot.tryit;

import static com.partnershipbot.tryit.Html.score;
import static com.partnershipbot.tryit.Html.text;

import com.partnershipbot.knowledge.MatchingSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/** The "why it matched" panel: outcome, decision, the best candidates with their score's parts, the thresholds. */
final class WhyHtml {
  private WhyHtml() {}

  static String of(AskResult result) {
    StringBuilder html = new StringBuilder("<div class=\"why-body\">");
    AskResult.DecisionView decision = result.decision();
    html.append("<p class=\"decision\"><span class=\"badge\">").append(text(result.outcome())).append("</span> ")
        .append(text(decision.reason())).append("</p>");
    if (result.candidates().isEmpty()) {
      html.append("<p class=\"none\">No candidates: the question shares no wording or meaning with any topic.</p>");
    } else {
      candidates(html, result);
    }
    thresholds(html, decision);
    html.append("<p class=\"hint\">To fix a wrong match, add the question as an alternate under <code>questions:</code>"
        + " of the answer it should reach.</p>");
    return html.append("</div>").toString();
  }

  private static void candidates(StringBuilder html, AskResult result) {
    html.append("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Top candidates\">")
        .append("<table class=\"candidates\"><caption>Top candidates</caption><thead><tr>")
        .append("<th scope=\"col\">Topic</th><th scope=\"col\">Score</th><th scope=\"col\">Lexical</th>")
        .append("<th scope=\"col\">Meaning</th><th scope=\"col\">Closest curated question</th></tr></thead><tbody>");
    for (AskResult.CandidateView candidate : result.candidates()) {
      html.append("<tr><th scope=\"row\">").append(text(candidate.title())).append(" <code>")
          .append(text(candidate.id())).append("</code></th><td class=\"num\"><meter min=\"0\" max=\"1\" value=\"")
          .append(score(candidate.score())).append("\"></meter> ").append(score(candidate.score()))
          .append("</td><td class=\"num\">").append(score(candidate.lexical())).append("</td><td class=\"num\">")
          .append(candidate.meaning() == null ? "–" : score(candidate.meaning())).append("</td><td>")
          .append(candidate.closestQuestion() == null ? "–" : text(candidate.closestQuestion())).append("</td></tr>");
    }
    html.append("</tbody></table></div>");
  }

  private static void thresholds(StringBuilder html, AskResult.DecisionView decision) {
    html.append("<h3>Thresholds in force</h3><ul class=\"thresholds\">");
    named(decision.thresholds()).forEach((name, value) -> {
      boolean decided = name.equals(decision.by());
      html.append("<li").append(decided ? " class=\"decided\"" : "").append("><code>").append(name)
          .append("</code> ").append(score(value)).append(decided ? " <strong>decided</strong>" : "").append("</li>");
    });
    html.append("</ul>");
  }

  /** The thresholds under their bot.yml names. */
  static Map<String, Double> named(MatchingSettings thresholds) {
    Map<String, Double> named = new LinkedHashMap<>();
    named.put("answer_threshold", thresholds.answerThreshold());
    named.put("clarify_margin", thresholds.clarifyMargin());
    named.put("clarify_threshold", thresholds.clarifyThreshold());
    named.put("suggest_threshold", thresholds.suggestThreshold());
    return named;
  }
}
