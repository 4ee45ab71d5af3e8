package com.partnershipbot.slack;

import com.partnershipbot.answering.AdminMessage;
import com.partnershipbot.answering.AdminNotifier;
import com.partnershipbot.knowledge.BotSettings;
import com.slack.api.methods.MethodsClient;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the admins in Slack: a post in bot.yml's {@code admin_channel} when there is one, otherwise
 * a direct message to each user id in {@code admins}. Sent off the caller's thread; never throws.
 */
final class SlackAdminNotifier implements AdminNotifier {
  private static final Logger LOG = LoggerFactory.getLogger(SlackAdminNotifier.class);
  private final Supplier<BotSettings> settings;
  private final MethodsClient client;
  private final ReplyQueue replies;

  SlackAdminNotifier(Supplier<BotSettings> settings, MethodsClient client, ReplyQueue replies) {
    this.settings = settings;
    this.client = client;
    this.replies = replies;
  }

  @Override
  public void notifyAdmins(AdminMessage message) {
    try {
      List<String> targets = targets(settings.get());
      if (targets.isEmpty()) {
        LOG.warn("An admin notice has no one to go to: set admins or admin_channel in bot.yml");
      }
      String text = AdminMrkdwn.render(message);
      targets.forEach(target -> send(target, text));
    } catch (RuntimeException e) {
      LOG.error("Could not send an admin notice", e);
    }
  }

  static List<String> targets(BotSettings settings) {
    String channel = settings.adminChannel();
    return channel != null && !channel.isBlank() ? List.of(channel.strip()) : settings.slackAdmins();
  }

  private void send(String target, String text) {
    ChatPosts.post(replies, client, "chat.postMessage (admin notice) to " + target, target, null, text, null);
  }
}
