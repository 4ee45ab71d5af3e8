package com.partnershipbot.tryit;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.server.Application;
import com.partnershipbot.testing.Poll;
import com.partnershipbot.testing.ServeEnv;
import com.partnershipbot.testing.TestConfig;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An admin serving a draft copy sees on the page what the bot thinks of it: refused edits and unanswered questions. */
class TryPageStatusTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir
  Path temp;

  @Test
  void aRefusedEditShowsItsFileAndLineUntilTheDraftIsFixed() throws Exception {
    Path draft = TestConfig.copy(temp);
    try (Application app = ServeEnv.in(temp, draft).start()) {
      Path hosting = draft.resolve("answers/hosting.yml");
      TestConfig.edit(hosting, text -> text.replace("title:", "titel:"));
      app.config().reload("test");

      String refused = page(app, "/");
      assertThat(refused).contains("<strong>Reload refused</strong>")
          .containsPattern("<li><code>[^<]*/answers/hosting\\.yml:\\d+:\\d+: unknown field &apos;titel&apos;")
          .contains("still serving <code>" + app.config().get().knowledge().version() + "</code>");

      TestConfig.edit(hosting, text -> text.replace("titel:", "title:").replace("Azure alone", "Azure only"));
      app.config().reload("test");
      assertThat(page(app, "/")).doesNotContain("Reload refused");
      assertThat(page(app, "/?q=cloud")).contains("hosted on Azure only");
    }
  }

  @Test
  void warningsFoundAtStartUpAreShownUntilAReloadReplacesThem() throws Exception {
    Path draft = TestConfig.copy(temp);
    Files.writeString(draft.resolve("answers/notes.txt"), "ideas for new answers");
    try (Application app = ServeEnv.in(temp, draft).start()) {
      assertThat(page(app, "/")).contains("Warnings in the config served:").contains("notes.txt");

      Files.delete(draft.resolve("answers/notes.txt"));
      app.config().reload("test");

      assertThat(page(app, "/")).doesNotContain("Warnings in the config served:");
    }
  }

  @Test
  void questionsLeftUnansweredAreListedAsLinksThatAskThemAgain() throws Exception {
    try (Application app = ServeEnv.in(temp, TestConfig.FAQ).start()) {
      String question = "what is the weather in Lisbon tomorrow";
      page(app, "/api/ask?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8));

      String page = Poll.value("the question in the records", () -> uncheckedPage(app),
          body -> body.contains(question));
      assertThat(page).contains("<h2>Top unanswered questions</h2>")
          .contains("<a href=\"?q=what+is+the+weather+in+Lisbon+tomorrow\" data-ask=\"" + question + "\">");
    }
  }

  private static String uncheckedPage(Application app) {
    try {
      return page(app, "/");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String page(Application app, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
  }
}
