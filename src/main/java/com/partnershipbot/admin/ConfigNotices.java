package com.partnershipbot.admin;

import com.partnershipbot.answering.AdminMessage;
import com.partnershipbot.answering.AdminMessage.Signal;
import com.partnershipbot.answering.AdminMessage.Text;
import com.partnershipbot.answering.AdminNotifier;
import com.partnershipbot.answering.ReloadListener;
import com.partnershipbot.answering.ReloadResult;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the admins when a changed config is refused (with every problem, FILE:LINE:COLUMN) and when
 * it is valid again. The same refusal is told once, not on every save that leaves it unchanged.
 * Notices are sent on their own thread, so a slow chat API never holds up a reload. When several
 * instances share a database each sees the same refusal; only the one that claims the notice first
 * (by its content) sends it.
 */
public final class ConfigNotices implements ReloadListener {
  private static final Logger LOG = LoggerFactory.getLogger(ConfigNotices.class);

  private final AdminNotifier notifier;
  private final Executor sender;
  private final Predicate<String> firstToClaim;
  private List<String> lastRefusal;

  public ConfigNotices(AdminNotifier notifier) {
    this(notifier, key -> true);
  }

  /** Sends a notice only when {@code firstToClaim} says no other instance has claimed its key. */
  public ConfigNotices(AdminNotifier notifier, Predicate<String> firstToClaim) {
    this(notifier, Executors.newSingleThreadExecutor(runnable -> {
      Thread thread = new Thread(runnable, "admin-notices");
      thread.setDaemon(true);
      return thread;
    }), firstToClaim);
  }

  ConfigNotices(AdminNotifier notifier, Executor sender) {
    this(notifier, sender, key -> true);
  }

  private ConfigNotices(AdminNotifier notifier, Executor sender, Predicate<String> firstToClaim) {
    this.notifier = notifier;
    this.sender = sender;
    this.firstToClaim = firstToClaim;
  }

  @Override
  public synchronized void reloaded(ReloadResult result) {
    if (result.refused()) {
      List<String> problems = AdminReplies.problemLines(result.problems());
      if (!problems.equals(lastRefusal)) {
        lastRefusal = problems;
        send("refused " + result.version() + " " + problems.hashCode(), AdminMessage.titled("The changed bot config was refused").marked(Signal.WARNING)
            .line(Text.plain("Reload requested by " + result.requestedBy() + ". I'm still serving version ")
                .thenCode(result.version()).then(". Fix these and save again:"))
            .preformatted(problems));
      }
    } else if (lastRefusal != null) {
      String key = "valid again " + result.version() + " after " + lastRefusal.hashCode();
      lastRefusal = null;
      send(key, AdminMessage.saying(Text.plain("The bot config is valid again: now serving version ")
          .thenCode(result.version()).then(" with " + result.entries() + " answers.")).marked(Signal.DONE));
    }
  }

  private void send(String key, AdminMessage message) {
    sender.execute(() -> {
      try {
        if (!firstToClaim.test(notifier.getClass().getSimpleName() + ": " + key)) {
          LOG.info("Another instance already told the admins: {}", key);
          return;
        }
        notifier.notifyAdmins(message);
      } catch (RuntimeException e) {
        LOG.warn("Could not notify the admins: {}", e.toString());
      }
    });
  }
}
