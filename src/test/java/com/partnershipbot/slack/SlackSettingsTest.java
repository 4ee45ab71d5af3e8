package com.partnershipbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.partnershipbot.env.Env;
import com.partnershipbot.env.SettingsException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Slack settings from the environment: off when unset, and a message naming the variable when half set or wrong. */
class SlackSettingsTest {
  private static final String BOT = "xoxb-1234567890-abcdefghijkl";
  private static final String APP = "xapp-1-A0001-1234567890-abcdef";

  @Test
  void noSlackVariablesMeansSlackIsOff() {
    assertThat(SlackSettings.from(new Env(Map.of("PORT", "3000")))).isEmpty();
  }

  @Test
  void botTokenAndSigningSecretServeHttpEventsAgainstSlackByDefault() {
    SlackSettings settings = SlackSettings.from(env("SLACK_BOT_TOKEN", BOT, "SLACK_SIGNING_SECRET", "s3cret")).orElseThrow();

    assertThat(settings.socketMode()).isFalse();
    assertThat(settings.servesHttp()).isTrue();
    assertThat(settings.apiUrl()).isEqualTo("https://slack.com/api/");
  }

  @Test
  void anAppTokenSwitchesToSocketModeWithoutASigningSecret() {
    SlackSettings settings = SlackSettings.from(env("SLACK_BOT_TOKEN", BOT, "SLACK_APP_TOKEN", APP)).orElseThrow();

    assertThat(settings.socketMode()).isTrue();
  }

  @Test
  void theApiUrlGetsItsTrailingSlash() {
    SlackSettings settings = SlackSettings.from(env("SLACK_BOT_TOKEN", BOT, "SLACK_SIGNING_SECRET", "s3cret",
        "SLACK_API_URL", "http://127.0.0.1:9999/api")).orElseThrow();

    assertThat(settings.apiUrl()).isEqualTo("http://127.0.0.1:9999/api/");
  }

  @ParameterizedTest(name = "{0}={1} alone names {2}")
  @CsvSource({
      "SLACK_BOT_TOKEN, xoxb-1234567890-abcdefghijkl, SLACK_SIGNING_SECRET",
      "SLACK_SIGNING_SECRET, s3cret, SLACK_BOT_TOKEN",
      "SLACK_APP_TOKEN, xapp-1-A0001-1234567890-abcdef, SLACK_BOT_TOKEN"})
  void aHalfSetConfigurationNamesTheMissingVariable(String name, String value, String missing) {
    assertThatThrownBy(() -> SlackSettings.from(env(name, value)))
        .isInstanceOf(SettingsException.class).hasMessageContaining("set " + missing);
  }

  @Test
  void anAppTokenInTheBotTokenVariableIsExplained() {
    assertThatThrownBy(() -> SlackSettings.from(env("SLACK_BOT_TOKEN", APP, "SLACK_SIGNING_SECRET", "s3cret")))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("SLACK_BOT_TOKEN holds an app-level token").hasMessageContaining("SLACK_APP_TOKEN");
  }

  @Test
  void aBotTokenOfTheWrongKindIsRefused() {
    assertThatThrownBy(() -> SlackSettings.from(env("SLACK_BOT_TOKEN", "xoxp-user-token-12345", "SLACK_SIGNING_SECRET", "s")))
        .isInstanceOf(SettingsException.class).hasMessageStartingWith("SLACK_BOT_TOKEN must be a bot token starting with xoxb-");
  }

  @ParameterizedTest
  @ValueSource(strings = {"xoxb-123", "xoxe.xoxb-1"})
  void aCutOffBotTokenIsCalledCutOffNotTheWrongKind(String token) {
    assertThatThrownBy(() -> SlackSettings.from(env("SLACK_BOT_TOKEN", token, "SLACK_SIGNING_SECRET", "s")))
        .isInstanceOf(SettingsException.class)
        .hasMessage("SLACK_BOT_TOKEN starts like a bot token but is only " + token.length() + " characters long, so "
            + "part of it is missing; copy the whole Bot User OAuth Token again from OAuth & Permissions")
        .message().doesNotContain(token);
  }

  @Test
  void anAppTokenWithoutItsPrefixIsRefused() {
    assertThatThrownBy(() -> SlackSettings.from(env("SLACK_BOT_TOKEN", BOT, "SLACK_APP_TOKEN", "xoxb-wrong-kind-of-token")))
        .isInstanceOf(SettingsException.class).hasMessageStartingWith("SLACK_APP_TOKEN must be an app-level token starting with xapp-");
  }

  @Test
  void aMalformedApiUrlIsRefused() {
    assertThatThrownBy(() -> SlackSettings.from(env("SLACK_BOT_TOKEN", BOT, "SLACK_SIGNING_SECRET", "s",
        "SLACK_API_URL", "slack.com/api"))).isInstanceOf(SettingsException.class).hasMessageStartingWith("SLACK_API_URL must be");
  }

  @Test
  void secretsNeverShowInTheDescription() {
    SlackSettings settings = new SlackSettings(BOT, "s3cret-signing", APP, null);

    assertThat(settings.toString()).doesNotContain(BOT).doesNotContain("s3cret-signing").doesNotContain(APP);
  }

  private static Env env(String... pairs) {
    java.util.Map<String, String> variables = new java.util.HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      variables.put(pairs[i], pairs[i + 1]);
    }
    return new Env(variables);
  }
}
