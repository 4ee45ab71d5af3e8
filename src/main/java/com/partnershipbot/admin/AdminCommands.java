package com.partnershipbot.admin;

import com.partnershipbot.answering.AdminConsole;
import com.partnershipbot.answering.AdminMessage;
import com.partnershipbot.answering.AdminMessage.Text;
import com.partnershipbot.answering.LiveConfig;
import com.partnershipbot.answering.Platform;
import com.partnershipbot.knowledge.BotSettings;
import com.partnershipbot.storage.Storage;
import com.partnershipbot.storage.StorageUnavailableException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /partnership admin ...}: status, reload, unanswered, feedback, stale, tickets and help, for the
 * user ids listed under {@code admins} in bot.yml. Everyone else is told politely, and the attempt
 * is logged. Replies are meant to be shown only to the admin who asked.
 */
public final class AdminCommands implements AdminConsole {
  static final AdminMessage ADMINS_ONLY = AdminMessage.saying(Text.plain("Sorry, admin commands are for the bot's "
      + "admins only. If you think you should be one, ask an admin to add your user id under ").thenCode("admins")
      .then(" in bot.yml."));
  private static final Logger LOG = LoggerFactory.getLogger(AdminCommands.class);
  private static final int DEFAULT_UNANSWERED_DAYS = 7;
  private static final int DEFAULT_FEEDBACK_DAYS = 30;
  private static final int LIST_LIMIT = 10;

  private final LiveConfig config;
  private final Storage storage;
  private final Clock clock;

  public AdminCommands(LiveConfig config, Storage storage, Clock clock) {
    this.config = config;
    this.storage = storage;
    this.clock = clock;
  }

  @Override
  public AdminMessage run(Platform platform, String userId, String arguments) {
    List<String> words = words(arguments);
    String command = words.isEmpty() ? "help" : words.get(0).toLowerCase(Locale.ROOT);
    BotSettings settings = config.get().knowledge().settings();
    if (!settings.isAdmin(platform.label(), userId)) {
      LOG.warn("Refused admin command '{}' from {} user {}: not listed under admins in bot.yml",
          printable(command), platform.label(), printable(userId));
      return ADMINS_ONLY;
    }
    try {
      return dispatch(command, words.subList(Math.min(1, words.size()), words.size()), platform, userId);
    } catch (BadArguments e) {
      return AdminMessage.saying(e.explanation);
    } catch (StorageUnavailableException e) {
      return AdminMessage.saying("I can't read the records right now: " + e.getMessage() + ". Answers are not affected.");
    }
  }

  private AdminMessage dispatch(String command, List<String> args, Platform platform, String userId) {
    AdminReplies replies = new AdminReplies(config, storage, clock);
    switch (command) {
      case "status":
        return replies.status();
      case "reload":
        return reloadEverywhere(platform.label() + " admin " + userId);
      case "unanswered":
        return replies.unanswered(days(args, DEFAULT_UNANSWERED_DAYS, "unanswered"), LIST_LIMIT);
      case "feedback":
        return replies.feedback(days(args, DEFAULT_FEEDBACK_DAYS, "feedback"), LIST_LIMIT);
      case "stale":
        return replies.stale();
      case "tickets":
        return replies.tickets(LIST_LIMIT * 2);
      case "help":
        return AdminReplies.HELP;
      default:
        return AdminMessage.saying(Text.plain("I don't know the admin command ").thenCode(printable(command))
            .then(". These are the ones I know:")).followedBy(AdminReplies.HELP);
    }
  }

  /** Reloads here and, when instances share the database, asks every other one to reload too. */
  private AdminMessage reloadEverywhere(String requestedBy) {
    AdminMessage reply = AdminReplies.reloaded(config.reload(requestedBy));
    return storage.instances().map(instances -> {
      instances.requestReloadElsewhere(requestedBy);
      return reply.line(Text.plain("Every other live instance was asked to reload too; ").thenCode("admin status")
          .then(" shows the version each serves."));
    }).orElse(reply);
  }

  private static Lookback days(List<String> args, int fallback, String command) {
    if (args.isEmpty()) {
      return Lookback.days(fallback);
    }
    String text = args.get(0);
    if (args.size() > 1 || !text.matches("\\d{1,4}")) {
      throw new BadArguments(Text.code(command).then(" takes a number of days, like ").thenCode(command + " " + fallback)
          .then("."));
    }
    int days = Integer.parseInt(text);
    if (days < 1 || days > Lookback.MAX_DAYS) {
      throw new BadArguments(Text.plain("The number of days must be from 1 to " + Lookback.MAX_DAYS + "."));
    }
    return Lookback.days(days);
  }

  private static List<String> words(String arguments) {
    if (arguments == null || arguments.isBlank()) {
      return List.of();
    }
    return Arrays.asList(arguments.strip().split("\\s+"));
  }

  /** For logs: no control characters, at most 64 characters. */
  private static String printable(String text) {
    if (text == null) {
      return "(none)";
    }
    String clean = text.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
  }

  /** Arguments a command cannot use, with what it takes instead. */
  private static final class BadArguments extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Text explanation;

    BadArguments(Text explanation) {
      super(explanation.words(), null, false, false);
      this.explanation = explanation;
    }
  }
}
