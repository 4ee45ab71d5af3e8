package com.partnershipbot.tryit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnershipbot.answering.Json;
import com.partnershipbot.server.Application;
import com.partnershipbot.testing.ClassHarness;
import com.partnershipbot.testing.ServeEnv;
import com.partnershipbot.testing.TestConfig;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** In local mode the try-it page answers on the server (no JavaScript needed), and /api/ask says the same as JSON. */
class TryPageTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @RegisterExtension
  static final ClassHarness<Application> bot = ClassHarness.of(folder -> ServeEnv.in(folder, TestConfig.FAQ).start());

  @Test
  void theRootServesTheEmptyPageWithItsOwnScriptAndNoInlineScript() throws Exception {
    HttpResponse<String> response = get("/");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(Headers.POLICY);
    assertThat(Headers.POLICY).contains("script-src 'self'").doesNotContain("unsafe");
    assertThat(response.body()).contains("<label for=\"q\">Your question</label>")
        .contains("<script src=\"/try/static/app.js\" defer></script>")
        .doesNotContain("<script>").doesNotContain(" onclick=").doesNotContain("style=\"");
  }

  @Test
  void aQuestionInTheAddressIsAnsweredOnTheServerAsSlackWouldShowIt() throws Exception {
    String page = get("/try?q=" + encode("Where are the stateless APIs hosted?")).body();

    assertThat(page).contains("<h2 class=\"title\" id=\"reply-title\" tabindex=\"-1\">Where the stateless APIs are hosted</h2>")
        .contains("<p><strong>The stateless APIs are hosted on Azure alone.</strong></p>")
        .contains("<ul><li>Buying them from either company does not move them.</li></ul>")
        .contains("Source: Small FAQ source, Fixture Press, 15 Jan 2026 · Reviewed 30 Sep 2026")
        .contains("<a href=\"?q=compute\" data-ask=\"compute\">Compute from other providers</a>")
        .contains("value=\"Where are the stateless APIs hosted?\"");
  }

  @Test
  void theWhyPanelShowsTheCandidatesTheirScoresAndTheThresholdThatDecided() throws Exception {
    String page = get("/?q=" + encode("which cloud runs the APIs exclusively")).body();

    assertThat(page).contains("<summary>Why it matched</summary>").contains("<caption>Top candidates</caption>")
        .contains("<code>hosting</code>").contains("Closest curated question")
        .containsPattern("<li class=\"decided\"><code>answer_threshold</code> 0\\.50 <strong>decided</strong></li>")
        .contains("<code>clarify_margin</code> 0.10");
  }

  @Test
  void closeTopicsAreOfferedAsButtonsThatWorkWithoutScript() throws Exception {
    String page = get("/?q=" + encode("licence terms?")).body();

    assertThat(page).contains("Did you mean one of these?").contains("<form class=\"choices\" method=\"get\" action=\"\">")
        .contains("<button type=\"submit\" name=\"q\" value=\"model-licence\">The licence to the models</button>")
        .contains("<button type=\"submit\" name=\"q\" value=\"product-licence\">The licence to the products</button>");
  }

  @Test
  void aQuestionWithNoAnswerGetsTheFallback() throws Exception {
    String page = get("/?q=" + encode("what is the weather in Lisbon tomorrow")).body();

    assertThat(page).contains("data-outcome=\"NO_ANSWER\"").contains("This small FAQ only knows five topics.")
        .contains("Send <strong>help</strong> to see every topic I cover.");
  }

  @Test
  void markupInAQuestionIsShownAsTextEverywhere() throws Exception {
    String question = "<script>alert(1)</script><img src=x onerror=alert(2)> \"quoted\"";
    String page = get("/?q=" + encode(question)).body();

    assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x")
        .contains("<q>&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; &quot;quoted&quot;</q>")
        .contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void theApiServesTheWholeResultAsOneObject() throws Exception {
    HttpResponse<String> response = get("/api/ask?q=" + encode("Where are the stateless APIs hosted?"));
    JsonNode body = Json.MAPPER.readTree(response.body());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(body.get("outcome").asText()).isEqualTo("ANSWER");
    assertThat(body.get("id").asText()).isEqualTo("hosting");
    assertThat(body.get("title").asText()).isEqualTo("Where the stateless APIs are hosted");
    assertThat(body.get("text").asText()).startsWith("*The stateless APIs are hosted on Azure alone.*");
    assertThat(body.get("plain").asText()).isEqualTo("The stateless APIs are hosted on Azure alone.\n"
        + "• Buying them from either company does not move them.");
    assertThat(body.get("source").get("citation").asText()).isEqualTo("Small FAQ source, Fixture Press, 15 Jan 2026");
    assertThat(body.get("related").findValuesAsText("id")).containsExactly("compute", "model-licence", "product-licence");
    JsonNode best = body.get("candidates").get(0);
    assertThat(best.get("id").asText()).isEqualTo("hosting");
    assertThat(best.get("score").asDouble()).isEqualTo(1.0);
    assertThat(body.get("decision").get("by").asText()).isEqualTo("topic_key");
    assertThat(body.get("decision").get("thresholds").get("answerThreshold").asDouble()).isEqualTo(0.5);
    assertThat(body.get("configVersion").asText()).isEqualTo(bot.get().config().get().knowledge().version());
  }

  @Test
  void theApiGivesEachCandidateItsLexicalAndMeaningPartsAndClosestQuestion() throws Exception {
    JsonNode body = Json.MAPPER.readTree(get("/api/ask?q=" + encode("which cloud runs the APIs exclusively")).body());
    JsonNode best = body.get("candidates").get(0);

    assertThat(body.get("outcome").asText()).isEqualTo("ANSWER");
    assertThat(best.get("id").asText()).isEqualTo("hosting");
    assertThat(best.get("lexical").asDouble()).isBetween(0.0, 1.0);
    assertThat(best.get("meaning").asDouble()).isBetween(0.0, 1.0);
    assertThat(best.get("closestQuestion").asText()).isIn("Where the stateless APIs are hosted",
        "Is Azure still the exclusive cloud for the APIs?", "Where are the stateless APIs hosted?");
    assertThat(body.get("decision").get("by").asText()).isEqualTo("answer_threshold");
    assertThat(body.get("decision").get("reason").asText()).contains("reaches answer_threshold 0.50");
  }

  @Test
  void helpOffersEveryTopicAndSaysSoInTheDecision() throws Exception {
    JsonNode body = Json.MAPPER.readTree(get("/api/ask?q=help").body());

    assertThat(body.get("outcome").asText()).isEqualTo("HELP");
    assertThat(body.get("choices").findValuesAsText("id")).hasSize(5).contains("hosting", "agi-clause");
    assertThat(body.get("decision").get("by").asText()).isEqualTo("help");
    assertThat(body.get("id").isNull()).isTrue();
  }

  @Test
  void theScriptAndStyleComeFromTheJarAndNothingElseDoes() throws Exception {
    HttpResponse<String> script = get("/try/static/app.js");
    HttpResponse<String> style = get("/try/static/style.css");

    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
    assertThat(script.body()).contains("/api/ask");
    assertThat(style.statusCode()).isEqualTo(200);
    assertThat(get("/try/static/TryIt.class").statusCode()).isEqualTo(404);
    assertThat(get("/try/static/%2e%2e/tryit/app.js").statusCode()).isBetween(400, 404);
  }

  @Test
  void theStatusStripShowsTheConfigVersionAndTheDraftFolder() throws Exception {
    String page = get("/").body();

    assertThat(page).contains("Config <code>" + bot.get().config().get().knowledge().version() + "</code>")
        .contains("5 answers").contains("small-faq</code>").contains("Top unanswered questions");
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> get(String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.get().port() + path)).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
