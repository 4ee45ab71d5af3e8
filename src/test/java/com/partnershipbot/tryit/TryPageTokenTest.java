package com.partnershipbot.tryit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnershipbot.env.Env;
import com.partnershipbot.env.SettingsException;
import com.partnershipbot.server.Application;
import com.partnershipbot.server.ServeSettings;
import com.partnershipbot.testing.ClassHarness;
import com.partnershipbot.testing.LogCapture;
import com.partnershipbot.testing.ServeEnv;
import com.partnershipbot.testing.TestConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** With TRY_PAGE_TOKEN set, the page and /api/ask answer only to that token: a bearer header or the login form's cookie. */
class TryPageTokenTest {
  static final String TOKEN = "try-page-token-0123456789abcdef";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @RegisterExtension
  static final ClassHarness<Application> bot = ClassHarness.of(folder -> ServeEnv.in(folder, TestConfig.FAQ)
      .with(TryPageSettings.TOKEN, TOKEN).start());

  @Test
  void withoutTheTokenThePageIsTheLoginFormWith401() throws Exception {
    HttpResponse<String> response = send(get("/try"));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("<label for=\"token\">Access token</label>").doesNotContain("Why it matched")
        .doesNotContain("not the right one");
    assertThat(send(get("/?q=cloud")).statusCode()).isEqualTo(401);
  }

  @Test
  void aWrongBearerTokenIs401AndTheRightOneShowsThePage() throws Exception {
    assertThat(send(get("/try").header("Authorization", "Bearer not-the-token-at-all")).statusCode()).isEqualTo(401);
    HttpResponse<String> right = send(get("/try?q=cloud").header("Authorization", "Bearer " + TOKEN));

    assertThat(right.statusCode()).isEqualTo(200);
    assertThat(right.body()).contains("Where the stateless APIs are hosted").doesNotContain(TOKEN);
  }

  @Test
  void theApiAsksForTheSameToken() throws Exception {
    HttpResponse<String> refused = send(get("/api/ask?q=cloud"));
    HttpResponse<String> wrong = send(get("/api/ask?q=cloud").header("Authorization", "Bearer " + TOKEN + "x"));
    HttpResponse<String> right = send(get("/api/ask?q=cloud").header("Authorization", "bearer " + TOKEN));

    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    assertThat(refused.body()).contains("TRY_PAGE_TOKEN").doesNotContain(TOKEN);
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(right.statusCode()).isEqualTo(200);
    assertThat(right.body()).contains("\"id\":\"hosting\"");
  }

  @Test
  void theLoginFormSetsACookieThatOpensThePageAndHoldsNotTheTokenItself() throws Exception {
    HttpResponse<String> login = send(post("/try/login", "token=" + TOKEN));

    assertThat(login.statusCode()).isEqualTo(303);
    assertThat(login.headers().firstValue("Location")).hasValue("/try");
    String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).startsWith(TryAccess.COOKIE + "=").contains("HttpOnly").containsIgnoringCase("SameSite=Strict")
        .doesNotContain(TOKEN);
    String pair = cookie.substring(0, cookie.indexOf(';'));
    assertThat(send(get("/try?q=cloud").header("Cookie", pair)).statusCode()).isEqualTo(200);
    assertThat(send(get("/api/ask?q=cloud").header("Cookie", pair)).statusCode()).isEqualTo(200);
    assertThat(send(get("/try").header("Cookie", TryAccess.COOKIE + "=0123abcd")).statusCode()).isEqualTo(401);
  }

  @Test
  void aWrongTokenInTheFormIs401WithTheFormAgain() throws Exception {
    HttpResponse<String> login = send(post("/try/login", "token=guess-guess-guess-guess"));

    assertThat(login.statusCode()).isEqualTo(401);
    assertThat(login.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(login.body()).contains("That token is not the right one.").doesNotContain("guess-guess");
  }

  @Test
  void theStaticFilesNeedTheTokenToo() throws Exception {
    assertThat(send(get("/try/static/app.js")).statusCode()).isEqualTo(401);
    assertThat(send(get("/try/static/app.js").header("Authorization", "Bearer " + TOKEN)).statusCode()).isEqualTo(200);
  }

  @Test
  void aShortTokenStopsStartUpNamingTheVariable(@TempDir Path temp) {
    Env env = ServeEnv.in(temp, TestConfig.FAQ).with(TryPageSettings.TOKEN, "short").env();

    assertThatThrownBy(() -> ServeSettings.from(env)).isInstanceOf(SettingsException.class)
        .hasMessageContaining("TRY_PAGE_TOKEN must be at least 16 characters").hasMessageNotContaining("short");
  }

  @Test
  void theTokenCanComeFromAFileAndIsNeverPrintedOrLogged(@TempDir Path temp) throws Exception {
    Path file = Files.writeString(temp.resolve("token"), TOKEN + "\n");
    TryPageSettings settings = TryPageSettings.from(new Env(Map.of("TRY_PAGE_TOKEN_FILE", file.toString())));
    assertThat(settings.token()).hasValue(TOKEN);
    assertThat(settings.toString()).doesNotContain(TOKEN).contains("set");

    try (LogCapture log = LogCapture.open();
         Application app = ServeEnv.in(temp, TestConfig.FAQ).with("TRY_PAGE_TOKEN_FILE", file.toString()).start()) {
      HttpRequest wrong = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/try"))
          .header("Authorization", "Bearer " + TOKEN + "-wrong").build();
      assertThat(HTTP.send(wrong, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
      assertThat(log.lines()).anyMatch(line -> line.contains("Try-it page: open at / and /try (behind TRY_PAGE_TOKEN)"))
          .noneMatch(line -> line.contains(TOKEN));
    }
  }

  private static HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.get().port() + path));
  }

  private static HttpRequest.Builder post(String path, String form) {
    return get(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
