package com.partnershipbot.admin;

import com.partnershipbot.answering.AdminNotifier;
import com.partnershipbot.answering.ReloadListener;
import com.partnershipbot.answering.ReloadResult;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the admins when a changed config is refused (with every problem, FILE:LINE:COLUMN) and when
 * it is valid again. The same refusal is told once, not on every save that leaves it unchanged.
 * Notices are sent on their own thread, so a slow chat API never holds up a reload.
 */
public final class ConfigNotices implements ReloadListener {
  private static final Logger LOG = LoggerFactory.getLogger(ConfigNotices.class);

  private final AdminNotifier notifier;
  private final Executor sender;
  private String lastRefusal;

  public ConfigNotices(AdminNotifier notifier) {
    this(notifier, Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "admin-notices");
      thread.setDaemon(true);
      return thread;
    }));
  }

  ConfigNotices(AdminNotifier notifier, Executor sender) {
    this.notifier = notifier;
    this.sender = sender;
  }

  @Override
  public synchronized void reloaded(ReloadResult result) {
    if (result.refused()) {
      String problems = Mrkdwn.problems(result.problems());
      if (!problems.equals(lastRefusal)) {
        lastRefusal = problems;
        send(":warning: *The changed bot config was refused* (reload requested by " + Mrkdwn.escape(result.requestedBy())
            + "). I'm still serving version `" + result.version() + "`. Fix these and save again:\n" + problems);
      }
    } else if (lastRefusal != null) {
      lastRefusal = null;
      send(":white_check_mark: The bot config is valid again: now serving version `" + result.version() + "` with "
          + result.entries() + " answers.");
    }
  }

  private void send(String text) {
    sender.execute(() -> {
      try {
        notifier.notifyAdmins(text);
      } catch (RuntimeException e) {
        LOG.warn("Could not notify the admins: {}", e.toString());
      }
    });
  }
}
