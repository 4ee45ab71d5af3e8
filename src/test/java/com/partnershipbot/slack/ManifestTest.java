package com.partnershipbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** manifest.yml declares what the bot needs from Slack, and nothing points at a real host. */
class ManifestTest {
  private static final String EVENTS_URL = "https://your-host.example.com" + SlackBot.EVENTS_PATH;
  private static JsonNode manifest;

  @BeforeAll
  static void read() throws Exception {
    manifest = new YAMLMapper().readTree(Path.of("manifest.yml").toFile());
  }

  @Test
  void hasABotUserWithAHomeTabPeopleCanMessage() {
    assertThat(manifest.at("/features/bot_user/display_name").asText()).isEqualTo("Partnership Bot");
    assertThat(manifest.at("/features/app_home/messages_tab_enabled").asBoolean()).isTrue();
    assertThat(manifest.at("/features/app_home/messages_tab_read_only_enabled").asBoolean()).isFalse();
    assertThat(manifest.at("/features/app_home/home_tab_enabled").asBoolean()).isTrue();
  }

  @Test
  void declaresThePartnershipCommandWithAUsageHint() {
    JsonNode command = manifest.at("/features/slash_commands/0");
    assertThat(command.get("command").asText()).isEqualTo("/partnership");
    assertThat(command.get("usage_hint").asText()).isNotBlank();
    assertThat(command.get("url").asText()).isEqualTo(EVENTS_URL);
  }

  @Test
  void asksForExactlyTheScopesTheBotUses() {
    assertThat(strings(manifest.at("/oauth_config/scopes/bot")))
        .containsExactlyInAnyOrder("commands", "app_mentions:read", "chat:write", "im:history");
  }

  @Test
  void subscribesToTheEventsTheBotHandles() {
    assertThat(manifest.at("/settings/event_subscriptions/request_url").asText()).isEqualTo(EVENTS_URL);
    assertThat(strings(manifest.at("/settings/event_subscriptions/bot_events")))
        .containsExactlyInAnyOrder("app_mention", "message.im", "app_home_opened");
  }

  @Test
  void turnsInteractivityOnForTheButtons() {
    assertThat(manifest.at("/settings/interactivity/is_enabled").asBoolean()).isTrue();
    assertThat(manifest.at("/settings/interactivity/request_url").asText()).isEqualTo(EVENTS_URL);
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }
}
