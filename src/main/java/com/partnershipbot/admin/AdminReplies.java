package com.partnershipbot.admin;

import com.partnershipbot.answering.LiveConfig;
import com.partnershipbot.answering.ReloadResult;
import com.partnershipbot.knowledge.Dates;
import com.partnershipbot.knowledge.Knowledge;
import com.partnershipbot.storage.Activity;
import com.partnershipbot.storage.EntryVotes;
import com.partnershipbot.storage.Storage;
import com.partnershipbot.storage.StorageUnavailableException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The mrkdwn replies to admin commands. */
final class AdminReplies {
  static final String HELP = "*Admin commands* (`/partnership admin <command>`)\n"
      + "• `status`: config version, answers, last reload, questions per day and answer rate\n"
      + "• `reload`: read bot-config/ again now (edits are also picked up on their own)\n"
      + "• `unanswered [days]`: the top questions I could not answer (default 7 days)\n"
      + "• `feedback [days]`: the worst-rated answers (default 30 days)\n"
      + "• `stale`: answers past their review date\n"
      + "• `help`: this list";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
      .withZone(ZoneOffset.UTC);

  private final LiveConfig config;
  private final Storage storage;
  private final Clock clock;

  AdminReplies(LiveConfig config, Storage storage, Clock clock) {
    this.config = config;
    this.storage = storage;
    this.clock = clock;
  }

  String status() {
    Knowledge knowledge = config.get().knowledge();
    ReloadResult last = config.lastReload();
    return "*Partnership Bot status*\n"
        + "• Config: version `" + knowledge.version() + "`, " + knowledge.entries().size() + " answers, loaded "
        + TIME.format(knowledge.loadedAt()) + "\n"
        + "• Last reload: " + TIME.format(last.at()) + " by " + Mrkdwn.escape(last.requestedBy()) + ": "
        + result(last) + "\n"
        + "• Last 7 days: " + activity() + "\n"
        + "• Records: " + Mrkdwn.escape(storage.description()) + ", " + storage.lostRecords() + " lost since start";
  }

  private String activity() {
    Lookback week = Lookback.days(7);
    try {
      Activity activity = storage.insights().activity(clock.instant().minus(week.duration()));
      return String.format(Locale.ROOT, "%d questions (%.1f a day), answer rate %s", activity.asked(),
          activity.asked() / week.days(), ReportText.percent(activity.answerRate()))
          + " (" + activity.answered() + " answered, " + activity.clarified() + " clarified, " + activity.notFound()
          + " not answered)";
    } catch (StorageUnavailableException e) {
      return "unknown: " + Mrkdwn.escape(e.getMessage());
    }
  }

  static String reloaded(ReloadResult result) {
    switch (result.status()) {
      case APPLIED:
        return ":white_check_mark: Reloaded: now serving version `" + result.version() + "` with " + result.entries()
            + " answers." + warnings(result);
      case UNCHANGED:
        return "Nothing changed: still serving version `" + result.version() + "` with " + result.entries()
            + " answers." + warnings(result);
      default:
        return ":x: Refused: the config has " + result.errors().size() + " error(s), so I kept serving version `"
            + result.version() + "`. Fix these and reload again:\n" + Mrkdwn.problems(result.problems());
    }
  }

  String unanswered(Lookback lookback, int limit) {
    ImprovementReport report = new ReportBuilder(storage.insights(), clock).build(config.get(), lookback, limit);
    StringBuilder out = new StringBuilder("*Top unanswered questions, ").append(lookback.label()).append("*\n");
    if (report.unanswered().isEmpty()) {
      out.append("None: every question in this period got an answer or a \"did you mean\".");
    }
    for (UnansweredGroup group : report.unanswered()) {
      out.append("• \"").append(Mrkdwn.escape(ReportText.oneLine(group.question()))).append("\" (")
          .append(ReportText.times(group.times()));
      if (!group.otherWordings().isEmpty()) {
        out.append(", with ").append(group.otherWordings().size()).append(" similar wording(s)");
      }
      out.append(")\n    ");
      out.append(group.likelyEntry() == null ? "_No entry comes close: consider a new answer._"
          : "Likely `" + group.likelyEntry() + "`: add it to that entry's `questions`.");
      out.append('\n');
    }
    if (report.answeredNow() > 0) {
      out.append("_").append(report.answeredNow()).append(" more are answered by the current config._");
    }
    return out.toString().strip();
  }

  String feedback(Lookback lookback, int limit) {
    List<EntryVotes> votes = storage.insights().votes(clock.instant().minus(lookback.duration()));
    List<EntryVotes> worst = votes.stream().filter(v -> v.notHelpful() > 0).limit(limit).toList();
    StringBuilder out = new StringBuilder("*Worst-rated answers, ").append(lookback.label()).append("*\n");
    if (worst.isEmpty()) {
      out.append(votes.isEmpty() ? "No votes in this period." : "No \"not helpful\" votes in this period.");
    }
    for (EntryVotes entry : worst) {
      out.append("• `").append(entry.entryId()).append("`: ").append(entry.notHelpful()).append(" not helpful, ")
          .append(entry.helpful()).append(" helpful (").append(ReportText.percent(entry.notHelpfulShare()))
          .append(" not helpful)\n");
    }
    return out.toString().strip();
  }

  String stale() {
    Knowledge knowledge = config.get().knowledge();
    List<StaleAnswer> stale = ReportBuilder.stale(knowledge, LocalDate.now(clock));
    int days = knowledge.settings().staleAfterDays();
    if (stale.isEmpty()) {
      return "No stale answers: every answer was reviewed in the last " + days + " days.";
    }
    StringBuilder out = new StringBuilder("*Answers past their review date* (`stale_after_days: ")
        .append(days).append("`)\n");
    for (StaleAnswer answer : stale) {
      out.append("• `").append(answer.id()).append("` ").append(Mrkdwn.escape(answer.title())).append(": reviewed ")
          .append(Dates.human(answer.reviewed())).append(", ").append(answer.daysOverdue()).append(" days overdue")
          .append(answer.owner() == null ? "" : ", owner " + Mrkdwn.escape(answer.owner())).append('\n');
    }
    return out.toString().strip();
  }

  private static String result(ReloadResult result) {
    switch (result.status()) {
      case APPLIED:
        return "applied, version `" + result.version() + "`";
      case UNCHANGED:
        return "no change";
      default:
        return "*refused* (" + result.errors().size() + " error(s): "
            + Mrkdwn.escape(result.errors().isEmpty() ? "" : result.errors().get(0).format())
            + "); still serving the last good version";
    }
  }

  private static String warnings(ReloadResult result) {
    return result.warnings().isEmpty() ? "" : "\nWarnings:\n" + Mrkdwn.problems(result.warnings());
  }

  static String time(Instant at) {
    return TIME.format(at);
  }
}
