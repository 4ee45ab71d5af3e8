package com.partnershipbot.cli;

import static com.partnershipbot.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.answering.Platform;
import com.partnershipbot.answering.Ticket;
import com.partnershipbot.answering.TicketStore;
import com.partnershipbot.knowledge.BotSettings;
import com.partnershipbot.storage.DatabaseSettings;
import com.partnershipbot.storage.Storage;
import com.partnershipbot.testing.Poll;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} turns the experts' answers into YAML that {@code validate} accepts once pasted. */
class ExpertAnswersReportTest {
  private static final Pattern NEW_FILE = Pattern.compile(
      "A new answer file, answers/([a-z0-9-]+)\\.yml; save the lines up to the end mark[^\\n]*\\n(.*?)  \\(end of answers/",
      Pattern.DOTALL);

  @TempDir
  Path tempDir;

  @Test
  void answeredTicketsBecomeSnippetsThatValidateAccepts() throws Exception {
    Path config = Cli.freshCopy("with-experts", tempDir.resolve("config"));
    Path data = tempDir.resolve("data");
    try (Storage storage = Storage.open(DatabaseSettings.embedded(data), BotSettings::defaults, Clock.systemUTC())) {
      Poll.until("the new database is ready", () -> reachable(storage.tickets()));
      answer(storage.tickets(), "U0ONE", "is azure still the exclusive cloud for the stateless apis?",
          "Yes, Azure stays the only host of the stateless APIs.");
      answer(storage.tickets(), "U0TWO", "What's the dress code for the \"partner summit\"?",
          "Smart casual.\nBadges are collected at the door: <b>bring ID</b>.");
    }

    Cli.Run report = run("report", "--config", config.toString(), "--data-dir", data.toString());

    assertThat(report.exitCode()).isEqualTo(0);
    assertThat(report.out()).contains("Answered by the experts (grouped by likely topic)")
        .contains("Likely 'hosting'").contains("answered by Dana Expert")
        .contains("Paste these lines under questions: in answers/hosting.yml");
    Matcher newFile = NEW_FILE.matcher(report.out());
    assertThat(newFile.find()).as(report.out()).isTrue();
    Files.writeString(config.resolve("answers").resolve(newFile.group(1) + ".yml"), newFile.group(2));
    String hostingLine = report.out().lines()
        .filter(line -> line.startsWith("  - \"is azure still the exclusive")).findFirst().orElseThrow();
    Cli.replace(config.resolve("answers/hosting.yml"), "questions:\n", "questions:\n" + hostingLine + "\n");

    Cli.Run validate = run("validate", "--config", config.toString());
    assertThat(validate.exitCode()).as(validate.out() + validate.err()).isEqualTo(0);
    Cli.Run asked = run("ask", "--config", config.toString(), "--data-dir", data.toString(), "what is the dress code for the partner summit?");
    assertThat(asked.out()).contains("Smart casual.");
  }

  /** A busy machine may take longer than the pool's wait to create a fresh H2 file; the pool tries again. */
  private static boolean reachable(TicketStore tickets) {
    try {
      tickets.open();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static void answer(TicketStore tickets, String user, String question, String answer) {
    Ticket ticket = tickets.open(new TicketStore.NewTicket(Platform.SLACK, question, "Asker", "C0GENERAL",
        new Ticket.AskerAddress(user, "C0GENERAL", null, null), List.of()), java.time.Instant.now()).ticket();
    tickets.close(ticket.id(), Ticket.State.ANSWERED, "Dana Expert", answer, null, java.time.Instant.now());
  }
}
