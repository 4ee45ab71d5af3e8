package com.partnershipbot.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnershipbot.env.Env;
import com.partnershipbot.env.SettingsException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Teams is on with all three credentials, off with none, and refuses to start with some. */
class TeamsSettingsTest {
  private static final String APP_ID = BotFrameworkTokens.APP_ID;

  @Test
  void isOffWhenNothingIsSet() {
    assertThat(TeamsSettings.from(new Env(Map.of()))).isEmpty();
  }

  @Test
  void namesTheMissingVariablesWhenOnlySomeAreSet() {
    Env env = new Env(Map.of("TEAMS_APP_ID", APP_ID, "TEAMS_APP_PASSWORD", "secret"));

    assertThatThrownBy(() -> TeamsSettings.from(env)).isInstanceOf(SettingsException.class)
        .hasMessageContaining("set TEAMS_TENANT_ID")
        .hasMessageNotContaining("secret");
  }

  @Test
  void defaultsToMicrosoftsEndpointsForTheTenant() {
    TeamsSettings settings = TeamsSettings.from(complete(Map.of())).orElseThrow();

    assertThat(settings.openIdMetadataUrl()).hasToString(
        "https://login.botframework.com/v1/.well-known/openidconfiguration");
    assertThat(settings.tokenUrl()).hasToString(
        "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token");
  }

  @Test
  void takesOverriddenEndpoints() {
    TeamsSettings settings = TeamsSettings.from(complete(Map.of(
        "TEAMS_OPENID_METADATA_URL", "http://127.0.0.1:9/openid",
        "TEAMS_TOKEN_URL", "http://127.0.0.1:9/{TEAMS_TENANT_ID}/token"))).orElseThrow();

    assertThat(settings.openIdMetadataUrl()).hasToString("http://127.0.0.1:9/openid");
    assertThat(settings.tokenUrl()).hasToString("http://127.0.0.1:9/contoso.onmicrosoft.com/token");
  }

  @Test
  void refusesAnEndpointThatIsNotAUrl() {
    assertThatThrownBy(() -> TeamsSettings.from(complete(Map.of("TEAMS_TOKEN_URL", "login.example/token"))))
        .isInstanceOf(SettingsException.class).hasMessageStartingWith("TEAMS_TOKEN_URL must be an http(s) URL");
  }

  @Test
  void refusesAnAppIdThatIsNotAGuid() {
    assertThatThrownBy(() -> TeamsSettings.from(complete(Map.of("TEAMS_APP_ID", "my-bot"))))
        .isInstanceOf(SettingsException.class)
        .hasMessage("TEAMS_APP_ID must be the Azure Bot's Microsoft App ID, a GUID, not 'my-bot'");
  }

  @Test
  void refusesATenantThatWouldBreakTheTokenUrl() {
    assertThatThrownBy(() -> TeamsSettings.from(complete(Map.of("TEAMS_TENANT_ID", "contoso/../common"))))
        .isInstanceOf(SettingsException.class).hasMessageStartingWith("TEAMS_TENANT_ID must be");
  }

  @Test
  void neverPrintsThePassword() {
    assertThat(TeamsSettings.from(complete(Map.of())).orElseThrow().toString()).doesNotContain("pa55word");
  }

  @Test
  void refusesAWebhookSecretThatIsNotBase64() {
    assertThatThrownBy(() -> WebhookSignature.from(new Env(Map.of("TEAMS_WEBHOOK_SECRET", "not base64!"))))
        .isInstanceOf(SettingsException.class).hasMessageStartingWith("TEAMS_WEBHOOK_SECRET must be the base64");
  }

  private static Env complete(Map<String, String> more) {
    Map<String, String> vars = new java.util.HashMap<>(Map.of("TEAMS_APP_ID", APP_ID, "TEAMS_APP_PASSWORD", "pa55word",
        "TEAMS_TENANT_ID", "contoso.onmicrosoft.com"));
    vars.putAll(more);
    return new Env(vars);
  }
}
