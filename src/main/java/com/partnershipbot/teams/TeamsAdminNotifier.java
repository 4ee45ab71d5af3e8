package com.partnershipbot.teams;

import com.partnershipbot.answering.AdminMessage;
import com.partnershipbot.answering.AdminNotifier;
import com.partnershipbot.answering.ConversationMemory;
import com.partnershipbot.answering.Platform;
import com.partnershipbot.knowledge.BotSettings;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the Teams admins in bot.yml, each in their personal chat with the bot, through the
 * conversation reference stored when they first talked to it. An admin who never has is named in
 * the log, with what to do. Never throws.
 */
final class TeamsAdminNotifier implements AdminNotifier {
  private static final Logger LOG = LoggerFactory.getLogger(TeamsAdminNotifier.class);

  private final Supplier<BotSettings> settings;
  private final ConversationMemory memory;
  private final ReplyQueue replies;

  TeamsAdminNotifier(Supplier<BotSettings> settings, ConversationMemory memory, ReplyQueue replies) {
    this.settings = settings;
    this.memory = memory;
    this.replies = replies;
  }

  @Override
  public void notifyAdmins(AdminMessage message) {
    try {
      List<String> admins = settings.get().teamsAdmins();
      if (admins.isEmpty()) {
        return;
      }
      Map<String, String> addresses = memory.adminAddresses(Platform.TEAMS);
      String text = AdminMarkdown.render(message);
      for (String admin : admins) {
        String reference = addresses.get(admin);
        if (reference == null) {
          LOG.warn("Cannot tell Teams admin {} about this: they have not talked to the bot yet. Ask them to open a "
              + "personal chat with the bot and send 'admin status' once.", admin);
          continue;
        }
        TeamsAdmins.notice(reference, text).ifPresentOrElse(notice -> replies.send(notice.to(), notice.message()),
            () -> LOG.warn("The stored conversation of Teams admin {} cannot be read; they should message the bot "
                + "again", admin));
      }
    } catch (RuntimeException e) {
      LOG.error("Could not send an admin notice in Teams", e);
    }
  }
}
