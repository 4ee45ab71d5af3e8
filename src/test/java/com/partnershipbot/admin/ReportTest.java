package com.partnershipbot.admin;

import com.partnershipbot.matching.TestMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.ConfigSnapshot;
import com.partnershipbot.answering.LiveConfig;
import com.partnershipbot.answering.Platform;
import com.partnershipbot.answering.Question;
import com.partnershipbot.answering.Vote;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.matching.MatcherFactory;
import com.partnershipbot.storage.Storage;
import com.partnershipbot.testing.MutableClock;
import com.partnershipbot.testing.Poll;
import com.partnershipbot.testing.TestConfig;
import com.partnershipbot.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The improvement report on seeded records, on H2 and PostgreSQL. */
class ReportTest {
  @TempDir
  Path tempDir;

  static Stream<String> kinds() {
    return TestDatabase.kinds();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void reportsGroupedUnansweredQuestionsWorstRatedAndStaleAnswers(String kind) throws Exception {
    Path configDir = TestConfig.copy(tempDir);
    TestConfig.edit(configDir.resolve("answers/compute.yml"), text -> text.replaceAll("(?m)^reviewed: .*$",
        "reviewed: 2020-01-01"));
    LiveConfig config = LiveConfig.load(configDir, new ConfigLoader(), TestMatching.factory());
    MutableClock clock = new MutableClock(Instant.parse("2026-11-30T12:00:00Z"));
    try (TestDatabase database = TestDatabase.create(kind, tempDir);
         Storage storage = Storage.open(database.settings(), () -> config.get().knowledge().settings(), clock)) {
      Seeds.questionsAndVotes(config, storage, clock);

      ImprovementReport report = new ReportBuilder(storage.insights(), clock).build(config.get(), Lookback.parse("7d"), 10);
      String text = ReportText.render(report);

      assertThat(report.activity().asked()).isEqualTo(9);
      assertThat(report.unanswered()).extracting(UnansweredGroup::question)
          .containsExactly("what is on the cafeteria lunch menu", "which cloud hosts claude?");
      assertThat(report.unanswered().get(0).otherWordings()).containsExactly("Cafeteria lunch menu?");
      assertThat(text).contains("Partnership Bot report: last 7 days",
          "Questions: 9 asked (1.3 a day); 3 answered outright (33% of real questions), 0 clarified, 6 not answered,"
              + " 0 help requests.",
          "  1. \"what is on the cafeteria lunch menu\": asked 4 times, last ",
          "     Also asked as: \"Cafeteria lunch menu?\"",
          "     No entry comes close: consider writing a new answer.",
          "  2. \"which cloud hosts claude?\": asked 2 times, last ",
          "     Most likely belongs to 'hosting'",
          "         - \"which cloud hosts claude?\"",
          "Worst-rated answers\n  hosting              2 not helpful, 1 helpful (67% not helpful)\n",
          "Answers past their review date (stale_after_days: 180)\n  compute              reviewed 1 Jan 2020, due ")
          .doesNotContain("a question from last month", "Exception", "\tat ");
    }
  }

  @Test
  void listsTheConfusableQuestionsAtTheirLines() throws Exception {
    Path fixture = Path.of("src/test/resources/configs/confusable-questions");
    String text = reportOn(fixture, TestMatching.factory());

    assertThat(text).contains("\nConfusable questions (closer in meaning to another answer than to their own, "
            + "or in two answers)\n  " + fixture.resolve("answers/azure.yml") + ":9:5: warning: \"Can OpenAI build its "
            + "own data centres for training beyond Azure?\" is closer to compute (\"Can OpenAI train its models on other "
            + "data centres?\", " + fixture.resolve("answers/compute.yml") + ":8)",
        "\n  " + fixture.resolve("answers/governance.yml") + ":8:5: warning: \"What should we sort out before rolling "
            + "AI out more widely?\" overlaps next-steps (\"What do we need to sort out before rolling AI out more "
            + "widely?\", " + fixture.resolve("answers/next-steps.yml") + ":8)");
  }

  @Test
  void saysWhenNoQuestionIsConfusable() throws Exception {
    String text = reportOn(Path.of("src/test/resources/configs/valid"), TestMatching.factory());

    assertThat(text).endsWith("Confusable questions (closer in meaning to another answer than to their own, or in "
        + "two answers)\n  None: every curated question is nearest to its own answer.\n");
  }

  @Test
  void saysWhenConfusableQuestionsCannotBeCheckedWithoutTheEncoder() throws Exception {
    String text = reportOn(Path.of("src/test/resources/configs/confusable-questions"), MatcherFactory.lexicalOnly());

    assertThat(text).endsWith("two answers)\n  Not checked: the sentence encoder could not load here.\n");
  }

  private String reportOn(Path configDir, MatcherFactory matchers) throws Exception {
    ConfigSnapshot snapshot = ConfigSnapshot.of(new ConfigLoader().load(configDir), matchers);
    MutableClock clock = new MutableClock(Instant.now());
    try (TestDatabase database = TestDatabase.create(TestDatabase.H2, tempDir);
         Storage storage = Storage.open(database.settings(), () -> snapshot.knowledge().settings(), clock)) {
      return ReportText.render(new ReportBuilder(storage.insights(), clock, matchers)
          .build(snapshot, Lookback.parse("7d"), 10));
    }
  }

  /** Records for the report tests. */
  static final class Seeds {
    private Seeds() {}

    static void questionsAndVotes(LiveConfig config, Storage storage, MutableClock clock) {
      AnswerService answers = new AnswerService(config, storage.asks());
      Instant now = clock.instant();
      clock.set(now.minus(Duration.ofDays(30)));
      answers.ask(new Question("a question from last month", Platform.SLACK, "C1", "U1"));
      clock.set(now.minus(Duration.ofDays(2)));
      for (int i = 0; i < 3; i++) {
        answers.ask(new Question("what is on the cafeteria lunch menu", Platform.SLACK, "C1", "U" + i));
      }
      answers.ask(new Question("Cafeteria lunch menu?", Platform.TEAMS, "T1", "U4"));
      answers.ask(new Question("which cloud hosts claude?", Platform.SLACK, "C2", "U5"));
      answers.ask(new Question("which cloud hosts claude?", Platform.SLACK, "C2", "U6"));
      for (int i = 0; i < 3; i++) {
        answers.ask(new Question("is azure still exclusive?", Platform.SLACK, "C1", "U" + i));
      }
      storage.votes().voted(new Vote(Platform.SLACK, "hosting", "U1", false, clock.instant()));
      storage.votes().voted(new Vote(Platform.SLACK, "hosting", "U2", false, clock.instant()));
      storage.votes().voted(new Vote(Platform.SLACK, "hosting", "U3", true, clock.instant()));
      storage.votes().voted(new Vote(Platform.SLACK, "compute", "U3", true, clock.instant()));
      clock.set(now);
      Poll.until("questions and votes stored", () -> storage.insights().activity(Instant.EPOCH).asked() == 10
          && storage.insights().votes(Instant.EPOCH).size() == 2);
    }
  }
}
