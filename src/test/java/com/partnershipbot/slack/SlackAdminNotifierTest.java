package com.partnershipbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.answering.AdminMessage;
import com.partnershipbot.knowledge.BotSettings;
import com.partnershipbot.delivery.ReplyLanes;
import com.partnershipbot.delivery.RetryPolicy;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Admin notices go to bot.yml's admin_channel when set, otherwise as a DM to each admin. */
class SlackAdminNotifierTest {
  private FakeSlackApi slackApi;
  private Slack slack;
  private ReplyQueue replies;

  @BeforeEach
  void start() throws Exception {
    slackApi = new FakeSlackApi();
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(slackApi.apiUrl());
    slack = Slack.getInstance(config);
    replies = new ReplyQueue(new ReplyLanes("Slack", 1, 10, RetryPolicy.DEFAULT, Duration.ofSeconds(5)));
  }

  @AfterEach
  void stop() throws Exception {
    replies.close();
    slack.close();
    slackApi.close();
  }

  @Test
  void postsInTheAdminChannelWhenThereIsOne() throws Exception {
    notifier(settings(List.of("U0ADMIN1"), "C0ADMINS")).notifyAdmins(AdminMessage.titled("Config refused")
        .marked(AdminMessage.Signal.WARNING).preformatted(List.of("answers/azure.yml:3:1: unknown field 'titel'")));
    replies.close();

    assertThat(slackApi.calls("chat.postMessage", c -> true)).singleElement().satisfies(post -> {
      assertThat(post.field("channel")).isEqualTo("C0ADMINS");
      assertThat(post.field("text"))
          .isEqualTo(":warning: *Config refused*\n```\nanswers/azure.yml:3:1: unknown field 'titel'\n```");
    });
  }

  @Test
  void otherwiseMessagesEachAdminDirectly() throws Exception {
    notifier(settings(List.of("U0ADMIN1", "U0ADMIN2"), null)).notifyAdmins(AdminMessage.saying("Config reloaded"));
    replies.close();

    assertThat(slackApi.calls("chat.postMessage", c -> true)).extracting(c -> c.field("channel"))
        .containsExactlyInAnyOrder("U0ADMIN1", "U0ADMIN2");
  }

  @Test
  void teamsAdminsAreNotMessagedInSlack() throws Exception {
    notifier(settings(List.of("U0ADMIN1", "teams:6f1e2d3c-0000-4000-8000-00000000abcd"), null))
        .notifyAdmins(AdminMessage.saying("Config reloaded"));
    replies.close();

    assertThat(slackApi.calls("chat.postMessage", c -> true)).extracting(c -> c.field("channel"))
        .containsExactly("U0ADMIN1");
  }

  @Test
  void withNoAdminsNothingIsSentAndNothingThrows() {
    notifier(BotSettings.defaults()).notifyAdmins(AdminMessage.saying("Config reloaded"));
    replies.close();

    assertThat(slackApi.calls("chat.postMessage", c -> true)).isEmpty();
  }

  private SlackAdminNotifier notifier(BotSettings settings) {
    return new SlackAdminNotifier(() -> settings, slack.methods(SlackHarness.BOT_TOKEN), replies);
  }

  private static BotSettings settings(List<String> admins, String channel) {
    return new BotSettings(null, null, null, null, admins, channel, null, null, null, null);
  }
}
