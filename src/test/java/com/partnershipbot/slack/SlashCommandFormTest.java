package com.partnershipbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.util.SlackRequestParser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A slash command's form, read in one pass, gives exactly the request Bolt's own parser makes of it. */
class SlashCommandFormTest {
  private static final AppConfig CONFIG = AppConfig.builder().singleTeamBotToken("xoxb-0000-test")
      .signingSecret("secret").build();
  private static final String COMMAND = "token=t&team_id=T0001&team_domain=example&enterprise_id=E1"
      + "&enterprise_name=Big+Co&channel_id=C0001&channel_name=general&user_id=U0001&user_name=asker"
      + "&command=%2Fpartnership&text=is+Azure+still+exclusive%3F+%E2%80%9Cyes%E2%80%9D&api_app_id=A0001"
      + "&is_enterprise_install=TRUE&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2F1%2F2%2F3"
      + "&trigger_id=1.2.3";
  /** Pieces a form body is built from: Slack's fields, odd keys, escapes good and bad, separators. */
  private static final String[] PIECES = {"command", "text", "payload", "token", "user_id", "team_id",
      "response_url", "is_enterprise_install", "channel_id", "enterprise_id", "unknown", " text", "te%78t",
      "com\nmand", "=", "&", "==", "&&", "+", "%20", "%2F", "%E2%80%9C", "%", "%zz", "%4", "true", " TRUE ",
      "false", "/partnership", "azure", "{", "[", " ", "\n", "é", "’", "x"};

  @Test
  void slackCommandGivesBoltsRequest() {
    SlashCommandRequest ours = ours(COMMAND).orElseThrow();

    sameAsBolt(COMMAND, ours);
    assertThat(ours.getPayload().getText()).isEqualTo("is Azure still exclusive? “yes”");
    assertThat(ours.getPayload().isEnterpriseInstall()).isTrue();
    assertThat(ours.getContext().getResponseUrl()).isEqualTo("https://hooks.slack.com/commands/1/2/3");
    assertThat(ours.getContext().getBotToken()).isEqualTo("xoxb-0000-test");
  }

  @Test
  void interactionsJsonAndFormsWithoutACommandAreLeftToBolt() {
    for (String body : List.of("payload=" + URLEncoder.encode("{\"type\":\"block_actions\"}", StandardCharsets.UTF_8),
        "command=%2Fpartnership&payload=%7B%7D", "{\"type\":\"url_verification\",\"challenge\":\"x\"}",
        "  [1]", "ssl_check=1&token=t", "", "   ", "\u0000", "text=azure")) {
      assertThat(ours(body)).as(body).isEmpty();
    }
  }

  @Test
  void aBadEscapeFailsAsInBolt() {
    String body = "command=%2Fpartnership&text=100%";

    assertThat(catchThrowable(() -> ours(body))).isInstanceOf(IllegalArgumentException.class);
    assertThat(catchThrowable(() -> bolt(body))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void twentyThousandRandomFormsAreReadAsBoltReadsThem() {
    Random random = new Random(20261201);
    int commands = 0;
    for (int i = 0; i < 20_000; i++) {
      String body = randomForm(random);
      Throwable boltFailure = catchThrowable(() -> bolt(body));
      Throwable servletFailure = catchThrowable(() -> asTheServletReads(body));
      if (boltFailure != null || servletFailure != null) {
        assertThat(servletFailure).as(body).isNotNull();
        assertThat(servletFailure.getClass()).as(body).isEqualTo(boltFailure.getClass());
        continue;
      }
      Optional<SlashCommandRequest> ours = ours(body);
      if (ours.isPresent()) {
        commands++;
        sameAsBolt(body, ours.get());
      } else if (bolt(body) instanceof SlashCommandRequest) {
        assertThat(body.trim()).as("only bodies that look like JSON are left to Bolt though it reads a command in them")
            .matches("(?s)[\\[{].*");
      }
    }
    assertThat(commands).as("random forms that were commands").isGreaterThan(2_000);
  }

  /** The servlet's order: this form reader first, Bolt's parser for whatever it leaves. */
  private static Request<?> asTheServletReads(String body) {
    return ours(body).<Request<?>>map(command -> command).orElseGet(() -> bolt(body));
  }

  private static void sameAsBolt(String body, SlashCommandRequest ours) {
    Request<?> bolts = bolt(body);
    assertThat(bolts).as(body).isInstanceOf(SlashCommandRequest.class);
    SlashCommandRequest bolt = (SlashCommandRequest) bolts;
    assertThat(ours.getPayload()).as(body).isEqualTo(bolt.getPayload());
    assertThat(ours.getContext()).as(body).usingRecursiveComparison().isEqualTo(bolt.getContext());
    assertThat(ours.getRequestBodyAsString()).isEqualTo(bolt.getRequestBodyAsString());
    assertThat(ours.getQueryString()).isEqualTo(bolt.getQueryString());
    assertThat(ours.getClientIpAddress()).isEqualTo(bolt.getClientIpAddress());
    assertThat(ours.isSocketMode()).isEqualTo(bolt.isSocketMode());
  }

  private static String randomForm(Random random) {
    StringBuilder body = new StringBuilder();
    int fields = 1 + random.nextInt(8);
    for (int field = 0; field < fields; field++) {
      if (field > 0) {
        body.append('&');
      }
      int pieces = 1 + random.nextInt(4);
      for (int piece = 0; piece < pieces; piece++) {
        body.append(PIECES[random.nextInt(PIECES.length)]);
      }
      if (random.nextInt(3) > 0) {
        body.append("=").append(PIECES[random.nextInt(PIECES.length)]);
      }
    }
    if (random.nextBoolean()) {
      body.append("&command=%2Fpartnership");
    }
    return body.toString();
  }

  private static Optional<SlashCommandRequest> ours(String body) {
    return new SlashCommandForm(CONFIG).parse(http(body));
  }

  private static Request<?> bolt(String body) {
    return new SlackRequestParser(CONFIG).parse(http(body));
  }

  private static SlackRequestParser.HttpRequest http(String body) {
    Map<String, List<String>> headers = Map.of("content-type", List.of("application/x-www-form-urlencoded"),
        "x-forwarded-for", List.of("203.0.113.9"));
    Map<String, List<String>> query = Map.of("team", new ArrayList<>(List.of("T0001")));
    return SlackRequestParser.HttpRequest.builder().requestUri("/slack/events").queryString(query)
        .headers(new RequestHeaders(headers)).requestBody(body).remoteAddress("127.0.0.1").build();
  }
}
