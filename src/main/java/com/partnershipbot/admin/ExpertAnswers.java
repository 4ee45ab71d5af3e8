package com.partnershipbot.admin;

import com.partnershipbot.answering.ConfigSnapshot;
import com.partnershipbot.answering.Ticket;
import com.partnershipbot.answering.TicketStore;
import com.partnershipbot.knowledge.FaqEntry;
import com.partnershipbot.matching.Candidate;
import com.partnershipbot.matching.Match;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The report's section on answers the experts gave: answered tickets grouped by the topic they
 * most likely belong to, each with YAML ready to paste (new {@code questions:} lines for an existing
 * answer, or a whole new answer file when no topic fits).
 */
public final class ExpertAnswers {
  private static final int LIMIT = 200;

  private ExpertAnswers() {}

  /** The section as plain text, for answered tickets closed since {@code since}. */
  public static String render(TicketStore tickets, ConfigSnapshot snapshot, Instant since) {
    List<Ticket> answered = tickets.answeredSince(since).stream().limit(LIMIT).toList();
    StringBuilder out = new StringBuilder("Answered by the experts (grouped by likely topic)\n");
    if (answered.isEmpty()) {
      return out.append("  None in this period.\n").toString();
    }
    Map<String, List<Ticket>> byTopic = new LinkedHashMap<>();
    List<Ticket> newTopics = new ArrayList<>();
    for (Ticket ticket : answered) {
      likelyTopic(snapshot, ticket.question()).ifPresentOrElse(
          id -> byTopic.computeIfAbsent(id, k -> new ArrayList<>()).add(ticket), () -> newTopics.add(ticket));
    }
    byTopic.forEach((id, group) -> existing(snapshot, id, group, out));
    newTopics.forEach(ticket -> newAnswer(ticket, out));
    return out.toString();
  }

  private static Optional<String> likelyTopic(ConfigSnapshot snapshot, String question) {
    Match match = snapshot.matcher().match(question);
    return match.candidates().stream().filter(c -> c.score() >= ReportBuilder.LIKELY_ENTRY_MIN_SCORE)
        .map(Candidate::id).filter(id -> snapshot.knowledge().entry(id).isPresent()).findFirst();
  }

  private static void existing(ConfigSnapshot snapshot, String id, List<Ticket> group, StringBuilder out) {
    FaqEntry entry = snapshot.knowledge().entry(id).orElseThrow();
    out.append("  Likely '").append(id).append("' (").append(entry.title()).append("):\n");
    group.forEach(ticket -> out.append("    #").append(ticket.id()).append(" \"").append(ReportText.oneLine(
        ticket.question())).append("\", answered by ").append(ticket.expert()).append(": ")
        .append(ReportText.oneLine(ticket.answer())).append('\n'));
    out.append("    Paste these lines under questions: in answers/").append(id).append(".yml, and check its answer")
        .append(" covers what the experts said:\n");
    group.forEach(ticket -> out.append("  - ").append(ReportText.yamlItem(ticket.question())).append('\n'));
  }

  private static void newAnswer(Ticket ticket, StringBuilder out) {
    String id = "expert-" + ticket.id() + slug(ticket.question());
    String today = LocalDate.ofInstant(ticket.closedAt(), ZoneOffset.UTC).toString();
    out.append("  No topic fits #").append(ticket.id()).append(" \"").append(ReportText.oneLine(ticket.question()))
        .append("\", answered by ").append(ticket.expert()).append(". A new answer file, answers/").append(id)
        .append(".yml; save the lines up to the end mark (review its title and source first):\n");
    String yaml = "id: " + id + "\n"
        + "title: " + ReportText.yamlItem(ticket.question()) + "\n"
        + "answer: |\n" + ticket.answer().strip().lines().map(line -> "  " + line).collect(Collectors.joining("\n"))
        + "\n"
        + "questions:\n  - " + ReportText.yamlItem(ticket.question()) + "\n"
        + "source:\n  title: " + ReportText.yamlItem("Answer from the experts' channel (" + ticket.expert() + ")")
        + "\n  date: " + today + "\n"
        + "reviewed: " + today + "\n";
    out.append(yaml).append("  (end of answers/").append(id).append(".yml)\n");
  }

  /** A few words of the question for the file name: "-can-we-use-gpt-models". */
  private static String slug(String question) {
    String words = question.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    String cut = words.length() > 30 ? words.substring(0, 30).replaceAll("-[^-]*$", "") : words;
    return cut.isEmpty() ? "" : "-" + cut;
  }
}
