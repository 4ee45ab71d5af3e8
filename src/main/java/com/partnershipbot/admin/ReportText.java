package com.partnershipbot.admin;

import com.partnershipbot.knowledge.Dates;
import com.partnershipbot.storage.Activity;
import com.partnershipbot.storage.EntryVotes;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/** The improvement report as plain text for a terminal. */
public final class ReportText {
  private ReportText() {}

  public static String render(ImprovementReport report) {
    StringBuilder out = new StringBuilder();
    out.append("Partnership Bot report: ").append(report.lookback().label()).append(" (")
        .append(day(report.since())).append(" to ").append(day(report.until())).append(")\n");
    out.append("Config version ").append(report.configVersion()).append(", ").append(report.entries())
        .append(" answers. Records: ").append(report.records()).append("\n\n");
    out.append(activity(report.activity(), report.lookback())).append("\n\n");
    unanswered(report, out);
    worstRated(report, out);
    stale(report, out);
    confusable(report, out);
    return out.toString();
  }

  static String activity(Activity activity, Lookback lookback) {
    if (activity.asked() == 0) {
      return "No questions recorded in this period.";
    }
    return String.format(Locale.ROOT, "Questions: %d asked (%.1f a day); %d answered outright (%s of real questions),"
            + " %d clarified, %d not answered, %d help requests.", activity.asked(),
        activity.asked() / lookback.days(), activity.answered(), percent(activity.answerRate()), activity.clarified(),
        activity.notFound(), activity.help());
  }

  private static void unanswered(ImprovementReport report, StringBuilder out) {
    out.append("Top unanswered questions (near-duplicates grouped)\n");
    if (report.unanswered().isEmpty()) {
      out.append("  None in this period.\n");
    }
    int rank = 1;
    for (UnansweredGroup group : report.unanswered()) {
      out.append(String.format(Locale.ROOT, "%3d. \"%s\": asked %s, last %s%n", rank++, oneLine(group.question()),
          times(group.times()), day(group.lastAsked())));
      if (!group.otherWordings().isEmpty()) {
        out.append("     Also asked as: ").append(quoted(group)).append('\n');
      }
      if (group.likelyEntry() == null) {
        out.append("     No entry comes close: consider writing a new answer.\n");
      } else {
        out.append(String.format(Locale.ROOT, "     Most likely belongs to '%s' (confidence %.2f). Add it as an "
            + "alternate question in that entry:%n       questions:%n         - %s%n", group.likelyEntry(),
            group.likelyScore(), yamlItem(group.question())));
      }
    }
    if (report.answeredNow() > 0) {
      out.append("  ").append(report.answeredNow())
          .append(" more unanswered question(s) from this period are answered by the current config.\n");
    }
    out.append('\n');
  }

  private static void worstRated(ImprovementReport report, StringBuilder out) {
    out.append("Worst-rated answers\n");
    if (report.worstRated().isEmpty()) {
      out.append("  No \"not helpful\" votes in this period.\n");
    }
    for (EntryVotes votes : report.worstRated()) {
      out.append(String.format(Locale.ROOT, "  %-20s %d not helpful, %d helpful (%s not helpful)%n", votes.entryId(),
          votes.notHelpful(), votes.helpful(), percent(votes.notHelpfulShare())));
    }
    out.append('\n');
  }

  private static void stale(ImprovementReport report, StringBuilder out) {
    out.append("Answers past their review date (stale_after_days: ").append(report.staleAfterDays()).append(")\n");
    if (report.stale().isEmpty()) {
      out.append("  None: every answer was reviewed recently enough.\n");
    }
    for (StaleAnswer answer : report.stale()) {
      out.append(String.format(Locale.ROOT, "  %-20s reviewed %s, due %s (%d days overdue), owner %s%n", answer.id(),
          Dates.human(answer.reviewed()), Dates.human(answer.due()), answer.daysOverdue(),
          answer.owner() == null ? "not set" : answer.owner()));
    }
  }

  private static void confusable(ImprovementReport report, StringBuilder out) {
    out.append("\nConfusable questions (closer in meaning to another answer than to their own, or in two answers)\n");
    if (!report.confusableChecked()) {
      out.append("  Not checked: the sentence encoder could not load here.\n");
    } else if (report.confusable().isEmpty()) {
      out.append("  None: every curated question is nearest to its own answer.\n");
    }
    report.confusable().forEach(problem -> out.append("  ").append(problem.format()).append('\n'));
  }

  private static String quoted(UnansweredGroup group) {
    StringBuilder text = new StringBuilder();
    group.otherWordings().stream().limit(3).forEach(w -> text.append(text.length() == 0 ? "" : ", ")
        .append('"').append(oneLine(w)).append('"'));
    int more = group.otherWordings().size() - 3;
    return more > 0 ? text + " and " + more + " more" : text.toString();
  }

  static String percent(double share) {
    return Math.round(share * 100) + "%";
  }

  static String times(long times) {
    return times == 1 ? "once" : times + " times";
  }

  static String day(java.time.Instant at) {
    return Dates.human(LocalDate.ofInstant(at, ZoneOffset.UTC));
  }

  static String oneLine(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() > 200 ? line.substring(0, 199) + "…" : line;
  }

  /** The question as a YAML list item that can be pasted as is. */
  static String yamlItem(String question) {
    return "\"" + oneLine(question).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
