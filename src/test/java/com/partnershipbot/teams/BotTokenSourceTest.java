package com.partnershipbot.teams;

import java.time.Instant;
import com.partnershipbot.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The connector token is reused until shortly before it expires. */
class BotTokenSourceTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
  private FakeMicrosoft microsoft;
  private BotTokenSource tokens;

  @BeforeEach
  void start() throws Exception {
    microsoft = new FakeMicrosoft();
    TeamsSettings settings = new TeamsSettings(BotFrameworkTokens.APP_ID, "s3cret&=+", "tenant-1",
        URI.create(microsoft.openIdUrl()), URI.create(microsoft.base() + "/tenant-1/oauth2/v2.0/token"));
    tokens = new BotTokenSource(settings, HttpClient.newHttpClient(), clock);
  }

  @AfterEach
  void stop() {
    microsoft.close();
  }

  @Test
  void asksForAClientCredentialsTokenForTheBotFramework() throws Exception {
    assertThat(tokens.token()).isEqualTo(FakeMicrosoft.ACCESS_TOKEN);
    assertThat(microsoft.tokenForms).containsExactly("grant_type=client_credentials&client_id="
        + BotFrameworkTokens.APP_ID + "&client_secret=s3cret%26%3D%2B&scope=https%3A%2F%2Fapi.botframework.com%2F.default");
  }

  @Test
  void reusesTheTokenUntilFiveMinutesBeforeItExpires() throws Exception {
    tokens.token();
    clock.advance(Duration.ofMinutes(54));
    tokens.token();
    assertThat(microsoft.tokenRequests.get()).isEqualTo(1);

    clock.advance(Duration.ofMinutes(2));
    tokens.token();
    assertThat(microsoft.tokenRequests.get()).isEqualTo(2);
  }

  @Test
  void fetchesAgainAfterTheConnectorRefusedTheToken() throws Exception {
    tokens.token();
    tokens.invalidate();
    tokens.token();

    assertThat(microsoft.tokenRequests.get()).isEqualTo(2);
  }
}
