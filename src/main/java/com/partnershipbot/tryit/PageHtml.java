package com.partnershipbot.tryit;

import static com.partnershipbot.tryit.Html.text;

import java.util.Optional;

/** The whole try-it page; with a question it carries the reply and the "why" panel, rendered on the server. */
final class PageHtml {
  static final String STATIC = "/try/static/";
  private static final String EMPTY = "<p class=\"empty\">Ask a question to see the reply. Try <em>help</em> for every "
      + "topic.</p>";

  private PageHtml() {}

  static String of(Optional<AskResult> result, PageStatus status) {
    String question = result.map(AskResult::question).orElse("");
    return head("Try Partnership Bot") + "<body><a class=\"skip\" href=\"#q\">Skip to the question</a>"
        + "<header class=\"top\"><div class=\"wrap\"><h1>Partnership Bot <span class=\"tag\">try it</span></h1>"
        + "<p>Ask what people would ask in Slack or Teams. The reply shows as Slack would show it; "
        + "<em>Why it matched</em> shows how the bot decided.</p></div></header>"
        + "<main class=\"wrap\"><form id=\"ask\" class=\"ask\" method=\"get\" action=\"\" role=\"search\">"
        + "<label for=\"q\">Your question</label><div class=\"row\">"
        + "<input id=\"q\" name=\"q\" type=\"text\" maxlength=\"500\" autocomplete=\"off\" required"
        + " placeholder=\"Is Azure still exclusive?\" value=\"" + text(question) + "\">"
        + "<button type=\"submit\">Ask</button></div></form>"
        + "<nav id=\"history\" class=\"history\" aria-label=\"Questions this session\" hidden>"
        + "<h2>This session</h2><ol></ol></nav>"
        + "<section id=\"reply\" class=\"reply\" aria-live=\"polite\" aria-label=\"Reply\">"
        + result.map(ReplyHtml::of).orElse(EMPTY) + "</section>"
        + "<details id=\"why\" class=\"why\"" + (result.isPresent() ? "" : " hidden") + "><summary>Why it matched</summary>"
        + result.map(WhyHtml::of).orElse("<div class=\"why-body\"></div>") + "</details>"
        + "<p id=\"error\" class=\"error\" role=\"alert\" hidden></p></main>"
        + StatusHtml.of(status) + "</body></html>";
  }

  /** The form that asks for the token when the page is behind one. */
  static String login(boolean wrong) {
    return head("Sign in · Try Partnership Bot") + "<body><main class=\"wrap login\"><h1>Partnership Bot "
        + "<span class=\"tag\">try it</span></h1><form method=\"post\" action=\"/try/login\">"
        + "<label for=\"token\">Access token</label><p class=\"help\" id=\"token-help\">The value of "
        + "<code>TRY_PAGE_TOKEN</code> this bot was started with. Ask the bot's operators.</p>"
        + (wrong ? "<p class=\"error\" role=\"alert\">That token is not the right one.</p>" : "")
        + "<div class=\"row\"><input id=\"token\" name=\"token\" type=\"password\" required autocomplete=\"current-password\""
        + " aria-describedby=\"token-help\"><button type=\"submit\">Sign in</button></div></form></main></body></html>";
  }

  private static String head(String title) {
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + text(title) + "</title><link rel=\"icon\" href=\"data:,\">"
        + "<link rel=\"stylesheet\" href=\"" + STATIC + "style.css\">"
        + "<script src=\"" + STATIC + "app.js\" defer></script></head>";
  }
}
