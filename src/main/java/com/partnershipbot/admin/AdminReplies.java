package com.partnershipbot.admin;

import com.partnershipbot.answering.AdminMessage;
import com.partnershipbot.answering.AdminMessage.Signal;
import com.partnershipbot.answering.AdminMessage.Text;
import com.partnershipbot.answering.LiveConfig;
import com.partnershipbot.answering.ReloadResult;
import com.partnershipbot.answering.Ticket;
import com.partnershipbot.knowledge.ConfigProblem;
import com.partnershipbot.knowledge.Dates;
import com.partnershipbot.knowledge.Knowledge;
import com.partnershipbot.storage.Activity;
import com.partnershipbot.storage.EntryVotes;
import com.partnershipbot.storage.Instances;
import com.partnershipbot.storage.Storage;
import com.partnershipbot.storage.StorageUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The replies to admin commands. */
final class AdminReplies {
  static final int MAX_PROBLEMS = 15;
  static final AdminMessage HELP = AdminMessage.titled("Admin commands")
      .line(Text.plain("Type ").thenCode("/partnership admin <command>").then(" with one of these:"))
      .bullet(Text.code("status").then(": config version, answers, last reload, questions per day and answer rate"))
      .bullet(Text.code("reload").then(": read bot-config/ again now (edits are also picked up on their own)"))
      .bullet(Text.code("unanswered [days]").then(": the top questions I could not answer (default 7 days)"))
      .bullet(Text.code("feedback [days]").then(": the worst-rated answers (default 30 days)"))
      .bullet(Text.code("stale").then(": answers past their review date"))
      .bullet(Text.code("tickets").then(": questions waiting for the experts, the oldest first, with their age"))
      .bullet(Text.code("help").then(": this list"));
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

  AdminMessage status() {
    Knowledge knowledge = config.get().knowledge();
    ReloadResult last = config.lastReload();
    AdminMessage status = AdminMessage.titled("Partnership Bot status")
        .bullet(Text.plain("Config: version ").thenCode(knowledge.version()).then(", " + knowledge.entries().size()
            + " answers, loaded " + TIME.format(knowledge.loadedAt())))
        .bullet(lastReload(last))
        .bullet(Text.plain("Last 7 days: " + activity()))
        .bullet(Text.plain("Records: " + storage.description() + ", " + storage.lostRecords() + " lost since start"))
        .bullet(Text.plain("Expert tickets: " + openTickets()));
    return storage.instances().map(instances -> status.bullet(instances(instances))).orElse(status);
  }

  private String openTickets() {
    try {
      List<Ticket> open = storage.tickets().open();
      if (open.isEmpty()) {
        return "none open";
      }
      Ticket oldest = open.get(0);
      return open.size() + " open, the oldest #" + oldest.id() + " for " + age(oldest);
    } catch (StorageUnavailableException e) {
      return "unknown: " + e.getMessage();
    }
  }

  AdminMessage tickets(int limit) {
    List<Ticket> open = storage.tickets().open();
    if (open.isEmpty()) {
      return AdminMessage.saying("No tickets are waiting for the experts.");
    }
    AdminMessage message = AdminMessage.titled("Open expert tickets, the oldest first");
    for (Ticket ticket : open.stream().limit(limit).toList()) {
      message = message.bullet(Text.plain("#" + ticket.id() + " \"" + ReportText.oneLine(ticket.question()) + "\""),
          Text.quiet("open for " + age(ticket) + ", asked in " + ticket.platform().label() + bestGuess(ticket)));
    }
    if (open.size() > limit) {
      message = message.line(Text.quiet("… and " + (open.size() - limit) + " more."));
    }
    return message;
  }

  private static String bestGuess(Ticket ticket) {
    return ticket.guesses().isEmpty() ? "" : ", the bot's best guess " + ticket.guesses().get(0).id();
  }

  private String age(Ticket ticket) {
    Duration age = ticket.age(clock.instant());
    return age.toDays() > 0 ? age.toDays() + " day(s)" : age.toHours() > 0 ? age.toHours() + " hour(s)"
        : Math.max(0, age.toMinutes()) + " minute(s)";
  }

  /** "Instances: 2 live: host (id, this one) serving version abc, ..." */
  private static Text instances(Instances instances) {
    List<Instances.Live> live;
    try {
      live = instances.live();
    } catch (StorageUnavailableException e) {
      return Text.plain("Instances: unknown: " + e.getMessage());
    }
    Text text = Text.plain("Instances: " + live.size() + " live");
    String separator = ": ";
    for (Instances.Live one : live) {
      text = text.then(separator + one.host() + " (" + one.id() + (one.self() ? ", this one" : "") + ") serving version ")
          .thenCode(one.configVersion());
      separator = "; ";
    }
    return text;
  }

  private static Text lastReload(ReloadResult last) {
    Text text = Text.plain("Last reload: " + TIME.format(last.at()) + " by " + last.requestedBy() + ": ");
    switch (last.status()) {
      case APPLIED:
        return text.then("applied, version ").thenCode(last.version());
      case UNCHANGED:
        return text.then("no change");
      default:
        return text.thenStrong("refused").then(" (" + last.errors().size() + " error(s): "
            + (last.errors().isEmpty() ? "" : last.errors().get(0).format()) + "); still serving the last good version");
    }
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
      return "unknown: " + e.getMessage();
    }
  }

  static AdminMessage reloaded(ReloadResult result) {
    switch (result.status()) {
      case APPLIED:
        return withWarnings(AdminMessage.saying(Text.plain("Reloaded: now serving version ").thenCode(result.version())
            .then(" with " + result.entries() + " answers.")).marked(Signal.DONE), result);
      case UNCHANGED:
        return withWarnings(AdminMessage.saying(Text.plain("Nothing changed: still serving version ")
            .thenCode(result.version()).then(" with " + result.entries() + " answers.")), result);
      default:
        return AdminMessage.saying(Text.plain("Refused: the config has " + result.errors().size()
                + " error(s), so I kept serving version ").thenCode(result.version()).then(". Fix these and reload again:"))
            .marked(Signal.REFUSED).preformatted(problemLines(result.problems()));
    }
  }

  AdminMessage unanswered(Lookback lookback, int limit) {
    ImprovementReport report = new ReportBuilder(storage.insights(), clock).build(config.get(), lookback, limit);
    AdminMessage message = AdminMessage.titled("Top unanswered questions, " + lookback.label());
    if (report.unanswered().isEmpty()) {
      message = message.line(Text.plain("None: every question in this period got an answer or a \"did you mean\"."));
    }
    for (UnansweredGroup group : report.unanswered()) {
      String wordings = group.otherWordings().isEmpty() ? ""
          : ", with " + group.otherWordings().size() + " similar wording(s)";
      Text question = Text.plain("\"" + ReportText.oneLine(group.question()) + "\" (" + ReportText.times(group.times())
          + wordings + ")");
      Text hint = group.likelyEntry() == null ? Text.quiet("No entry comes close: consider a new answer.")
          : Text.plain("Likely ").thenCode(group.likelyEntry()).then(": add it to that entry's ").thenCode("questions")
              .then(".");
      message = message.bullet(question, hint);
    }
    if (report.answeredNow() > 0) {
      message = message.line(Text.quiet(report.answeredNow() + " more are answered by the current config."));
    }
    return message;
  }

  AdminMessage feedback(Lookback lookback, int limit) {
    List<EntryVotes> votes = storage.insights().votes(clock.instant().minus(lookback.duration()));
    List<EntryVotes> worst = votes.stream().filter(v -> v.notHelpful() > 0).limit(limit).toList();
    AdminMessage message = AdminMessage.titled("Worst-rated answers, " + lookback.label());
    if (worst.isEmpty()) {
      message = message.line(Text.plain(votes.isEmpty() ? "No votes in this period."
          : "No \"not helpful\" votes in this period."));
    }
    for (EntryVotes entry : worst) {
      message = message.bullet(Text.code(entry.entryId()).then(": " + entry.notHelpful() + " not helpful, "
          + entry.helpful() + " helpful (" + ReportText.percent(entry.notHelpfulShare()) + " not helpful)"));
    }
    return message;
  }

  AdminMessage stale() {
    Knowledge knowledge = config.get().knowledge();
    List<StaleAnswer> stale = ReportBuilder.stale(knowledge, LocalDate.now(clock));
    int days = knowledge.settings().staleAfterDays();
    if (stale.isEmpty()) {
      return AdminMessage.saying("No stale answers: every answer was reviewed in the last " + days + " days.");
    }
    AdminMessage message = AdminMessage.titled("Answers past their review date")
        .line(Text.plain("Reviewed more than " + days + " days ago (").thenCode("stale_after_days").then(" in bot.yml):"));
    for (StaleAnswer answer : stale) {
      message = message.bullet(Text.code(answer.id()).then(" " + answer.title() + ": reviewed "
          + Dates.human(answer.reviewed()) + ", " + answer.daysOverdue() + " days overdue"
          + (answer.owner() == null ? "" : ", owner " + answer.owner())));
    }
    return message;
  }

  /** Up to 15 problems as FILE:LINE:COLUMN: message lines, then how many more there are. */
  static List<String> problemLines(List<ConfigProblem> problems) {
    List<String> lines = new ArrayList<>(problems.stream().limit(MAX_PROBLEMS).map(ConfigProblem::format).toList());
    if (problems.size() > MAX_PROBLEMS) {
      lines.add("… and " + (problems.size() - MAX_PROBLEMS) + " more");
    }
    return lines;
  }

  private static AdminMessage withWarnings(AdminMessage message, ReloadResult result) {
    if (result.warnings().isEmpty()) {
      return message;
    }
    return message.line(Text.plain("Warnings:")).preformatted(problemLines(result.warnings()));
  }
}
