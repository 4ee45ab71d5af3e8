package com.partnershipbot.cli;

import com.partnershipbot.matching.TestMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.LiveConfig;
import com.partnershipbot.answering.Platform;
import com.partnershipbot.answering.Question;
import com.partnershipbot.answering.Vote;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.storage.DatabaseSettings;
import com.partnershipbot.storage.Storage;
import com.partnershipbot.testing.Poll;
import com.partnershipbot.testing.TestConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code partnership-bot report} prints the improvement report, or one clear sentence when it cannot. */
class ReportCommandTest {
  @TempDir
  Path tempDir;

  @Test
  void printsTheReportFromTheEmbeddedDatabase() throws Exception {
    Path configDir = TestConfig.copy(tempDir);
    Path dataDir = tempDir.resolve("data");
    LiveConfig config = LiveConfig.load(configDir, new ConfigLoader(), TestMatching.factory());
    try (Storage storage = Storage.open(DatabaseSettings.embedded(dataDir), () -> config.get().knowledge().settings(),
        Clock.systemUTC())) {
      AnswerService answers = new AnswerService(config, storage.asks());
      answers.ask(new Question("what is on the cafeteria lunch menu", Platform.SLACK, "C1", "U1"));
      answers.ask(new Question("what is on the cafeteria lunch menu", Platform.SLACK, "C1", "U4"));
      answers.ask(new Question("cafeteria lunch menu please", Platform.SLACK, "C1", "U2"));
      answers.ask(new Question("is azure still exclusive?", Platform.SLACK, "C1", "U3"));
      storage.votes().voted(new Vote(Platform.SLACK, "hosting", "U3", false, Instant.now()));
      Poll.until("records stored", () -> storage.insights().activity(Instant.EPOCH).asked() == 4
          && storage.insights().votes(Instant.EPOCH).size() == 1);
    }

    Run run = run("report", "--config", configDir.toString(), "--data-dir", dataDir.toString(), "--since", "2w");

    assertThat(run.exitCode).isZero();
    assertThat(run.err).isEmpty();
    assertThat(run.out).startsWith("Partnership Bot report: last 2 weeks")
        .contains("Questions: 4 asked", "1. \"what is on the cafeteria lunch menu\": asked 3 times",
            "Also asked as: \"cafeteria lunch menu please\"", "hosting              1 not helpful, 0 helpful",
            "Answers past their review date");
  }

  @Test
  void saysWhereItLookedWhenThereAreNoRecords() {
    Run run = run("report", "--data-dir", tempDir.resolve("nothing-here").toString());
    assertThat(run.exitCode).isEqualTo(FriendlyErrors.FAILURE);
    assertThat(run.err).startsWith("report: no records in " + tempDir.resolve("nothing-here"))
        .contains("DATA_DIR", "DATABASE_URL").doesNotContain("Exception");
  }

  @Test
  void rejectsAPeriodItCannotRead() {
    Run run = run("report", "--since", "last tuesday");
    assertThat(run.exitCode).isEqualTo(FriendlyErrors.FAILURE);
    assertThat(run.err.strip()).isEqualTo("report: --since 'last tuesday' is not a period: write it like 7d (days), "
        + "2w (weeks) or 12h (hours)");
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = PartnershipBot.commandLine();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int exitCode = line.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  private record Run(int exitCode, String out, String err) {}
}
