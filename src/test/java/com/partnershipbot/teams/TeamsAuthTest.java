package com.partnershipbot.teams;

import static com.partnershipbot.teams.BotFrameworkTokens.claims;
import static com.partnershipbot.teams.BotFrameworkTokens.sign;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jwt.JWTClaimsSet;
import com.partnershipbot.answering.Json;
import com.partnershipbot.testing.ClassHarness;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Requests Microsoft did not sign for this bot are refused with 401 or 403, and nothing is posted for them. */
class TeamsAuthTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  @RegisterExtension
  static final ClassHarness<TeamsBot> teams = ClassHarness.of(TeamsBot::start);

  /** How a token goes wrong, given the service URL the activity names. */
  private interface BadToken extends Function<String, String> {}

  static Stream<Arguments> refusedTokens() {
    return Stream.of(
        refused("wrong audience", 401, url -> sign(FakeMicrosoft.TEAMS_KEY,
            claims(url).audience("00000000-1111-2222-3333-444444444444").build())),
        refused("wrong issuer", 401, url -> sign(FakeMicrosoft.TEAMS_KEY,
            claims(url).issuer("https://sts.windows.net/tenant-1/").build())),
        refused("expired beyond the 5 minutes of skew", 401, url -> sign(FakeMicrosoft.TEAMS_KEY,
            claims(url).expirationTime(minutesFromNow(-6)).notBeforeTime(minutesFromNow(-70)).build())),
        refused("not valid for another 10 minutes", 401, url -> sign(FakeMicrosoft.TEAMS_KEY,
            claims(url).notBeforeTime(minutesFromNow(10)).build())),
        refused("signed with a key Microsoft does not list", 401, url -> sign(FakeMicrosoft.TEAMS_KEY,
            "key-retired", claims(url).build())),
        refused("a bad signature", 401, url -> sign(FakeMicrosoft.WEBCHAT_ONLY_KEY,
            FakeMicrosoft.TEAMS_KEY.getKeyID(), claims(url).build())),
        refused("a serviceurl claim for another connector", 403, url -> sign(FakeMicrosoft.TEAMS_KEY,
            claims("https://smba.trafficmanager.net/amer/").build())),
        refused("a key not endorsed for msteams", 403, url -> sign(FakeMicrosoft.WEBCHAT_ONLY_KEY,
            claims(url).build())),
        refused("no token at all", 401, url -> null),
        refused("a token that is not a JWT", 401, url -> "not-a-jwt"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedTokens")
  void refusesATokenAndPostsNothing(BadToken token, int status) throws Exception {
    String id = UUID.randomUUID().toString();
    ObjectNode activity = Activities.personalMessage(teams.get().microsoft().serviceUrl(), id, "is azure still exclusive?");

    HttpResponse<String> response = post(token.apply(teams.get().microsoft().serviceUrl()), activity);

    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.body()).startsWith("{\"error\":\"unauthorized: ");
    awaitSentinelReply();
    assertThat(teams.get().microsoft().repliesTo(id)).isEmpty();
  }

  @Test
  void acceptsATokenThatExpiredWithinTheAllowedSkew() throws Exception {
    String id = UUID.randomUUID().toString();
    String token = sign(FakeMicrosoft.TEAMS_KEY,
        claims(teams.get().microsoft().serviceUrl()).expirationTime(minutesFromNow(-2)).notBeforeTime(minutesFromNow(-60)).build());

    assertThat(post(token, Activities.personalMessage(teams.get().microsoft().serviceUrl(), id, "help")).statusCode()).isEqualTo(200);
    teams.get().microsoft().awaitReplyTo(id);
  }

  @Test
  void refusesAnActivityNamingAnotherServiceUrlThanItsToken() throws Exception {
    String id = UUID.randomUUID().toString();
    ObjectNode activity = Activities.personalMessage("https://attacker.example/", id, "help");

    HttpResponse<String> response = post(validToken(), activity);

    assertThat(response.statusCode()).isEqualTo(403);
    awaitSentinelReply();
    assertThat(teams.get().microsoft().repliesTo(id)).isEmpty();
  }

  @Test
  void refusesAPlainHttpServiceUrlOtherThanThisMachineEvenWhenSigned() throws Exception {
    String id = UUID.randomUUID().toString();
    String serviceUrl = "http://connector.example/amer/";

    HttpResponse<String> response = post(sign(FakeMicrosoft.TEAMS_KEY, claims(serviceUrl).build()),
        Activities.personalMessage(serviceUrl, id, "help"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("not an https URL");
  }

  private static Arguments refused(String why, int status, BadToken token) {
    return Arguments.of(Named.of(why, token), status);
  }

  private static Date minutesFromNow(int minutes) {
    return Date.from(Instant.now().plus(Duration.ofMinutes(minutes)));
  }

  private static String validToken() {
    return sign(FakeMicrosoft.TEAMS_KEY, claims(teams.get().microsoft().serviceUrl()).build());
  }

  private static void awaitSentinelReply() throws Exception {
    String sentinel = UUID.randomUUID().toString();
    post(validToken(), Activities.personalMessage(teams.get().microsoft().serviceUrl(), sentinel, "help"));
    teams.get().microsoft().awaitReplyTo(sentinel);
  }

  private static HttpResponse<String> post(String token, ObjectNode activity) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + teams.get().app().port() + "/api/messages"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(Json.write(activity)));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
