package com.partnershipbot.admin;

import com.partnershipbot.matching.TestMatching;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.partnershipbot.answering.AdminMessage;
import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.LiveConfig;
import com.partnershipbot.answering.Platform;
import com.partnershipbot.answering.Question;
import com.partnershipbot.answering.Vote;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.storage.Storage;
import com.partnershipbot.testing.MutableClock;
import com.partnershipbot.testing.Poll;
import com.partnershipbot.testing.TestConfig;
import com.partnershipbot.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/** The admin commands: only for admins, and each answers with what an admin needs to act. */
class AdminCommandsTest {
  private static final String ADMIN = TestConfig.ADMIN;

  @TempDir
  Path tempDir;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T12:00:00Z"));
  private Path configDir;
  private LiveConfig config;
  private TestDatabase database;
  private Storage storage;
  private AdminCommands admin;
  private final ListAppender<ILoggingEvent> log = new ListAppender<>();

  @BeforeEach
  void start() throws Exception {
    configDir = TestConfig.copy(tempDir);
    config = LiveConfig.load(configDir, new ConfigLoader(), TestMatching.factory());
    database = TestDatabase.create(TestDatabase.H2, tempDir);
    storage = Storage.open(database.settings(), () -> config.get().knowledge().settings(), clock);
    config.onReload(storage.reloads());
    admin = new AdminCommands(config, storage, clock);
    log.start();
    ((Logger) LoggerFactory.getLogger(AdminCommands.class)).addAppender(log);
  }

  @AfterEach
  void stop() throws Exception {
    ((Logger) LoggerFactory.getLogger(AdminCommands.class)).detachAppender(log);
    storage.close();
    database.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"status", "reload", "unanswered 7", "feedback", "stale", "help", ""})
  void someoneWhoIsNotAnAdminIsToldPolitelyAndTheAttemptIsLogged(String command) {
    String before = config.get().knowledge().version();
    assertThat(admin.run(Platform.SLACK, "U0INTRUDER", command)).isEqualTo(AdminCommands.ADMINS_ONLY);
    assertThat(config.lastReload().requestedBy()).isEqualTo("start-up");
    assertThat(config.get().knowledge().version()).isEqualTo(before);
    assertThat(log.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
        .contains("Refused admin command", "U0INTRUDER", "not listed under admins");
  }

  @Test
  void noUserIdIsNoAdmin() {
    assertThat(admin.run(Platform.SLACK, null, "status")).isEqualTo(AdminCommands.ADMINS_ONLY);
  }

  @Test
  void statusShowsTheConfigTheLastReloadAndTheAnswerRate() {
    AnswerService answers = new AnswerService(config, storage.asks());
    answers.ask(new Question("is azure still exclusive?", Platform.SLACK, "C1", "U1"));
    answers.ask(new Question("what is on the cafeteria lunch menu", Platform.SLACK, "C1", "U1"));
    Poll.until("questions stored", () -> storage.insights().activity(Instant.EPOCH).asked() == 2);

    String status = text(ADMIN, "status");

    assertThat(status).contains("version " + config.get().knowledge().version() + ",",
        config.get().knowledge().entries().size() + " answers", "Last reload:", "start-up",
        "2 questions (0.3 a day), answer rate 50%", "0 lost since start");
  }

  @Test
  void statusStillShowsTheConfigWhenTheDatabaseIsDown() throws Exception {
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (Storage down = Storage.open(com.partnershipbot.storage.DatabaseSettings.postgres(
        "postgres://127.0.0.1:" + closedPort + "/nowhere", "bot", "secret-password"),
        () -> config.get().knowledge().settings(), clock)) {
      AdminCommands commands = new AdminCommands(config, down, clock);

      assertThat(commands.run(Platform.SLACK, ADMIN, "status").plainText())
          .contains("version " + config.get().knowledge().version() + ",", "Last 7 days: unknown: the database "
              + "(PostgreSQL at 127.0.0.1:" + closedPort + "/nowhere) is not available")
          .doesNotContain("secret-password");
      assertThat(commands.run(Platform.SLACK, ADMIN, "unanswered").plainText()).startsWith("I can't read the records right now")
          .endsWith("Answers are not affected.");
      assertThat(commands.run(Platform.SLACK, ADMIN, "stale").plainText()).startsWith("No stale answers");
    }
  }

  @Test
  void reloadAppliesAValidConfigAndRefusesABrokenOneWithFileAndLine() throws Exception {
    assertThat(text(ADMIN, "reload")).startsWith("Nothing changed");

    TestConfig.edit(configDir.resolve("answers/hosting.yml"), text -> text.replaceFirst("(?m)^title:", "titel:"));
    String refused = text(ADMIN, "reload");
    assertThat(refused).contains("Refused", "kept serving version " + config.get().knowledge().version() + ".")
        .containsPattern(java.util.regex.Pattern.quote(configDir.resolve("answers/hosting.yml").toString())
            + ":\\d+:\\d+: unknown field 'titel'");
    assertThat(text(ADMIN, "status")).contains("refused (1 error(s)", "slack admin " + ADMIN);

    TestConfig.edit(configDir.resolve("answers/hosting.yml"), text -> text.replaceFirst("(?m)^titel:", "title:")
        .replace("aliases:\n", "aliases:\n  - zebra crossing\n"));
    AdminMessage reloaded = admin.run(Platform.SLACK, ADMIN, "reload");
    assertThat(reloaded.signal()).isEqualTo(AdminMessage.Signal.DONE);
    assertThat(reloaded.plainText()).startsWith("Reloaded: now serving version " + config.get().knowledge().version());
    Poll.until("reloads recorded", () -> reloadsRecorded() == 3);
  }

  @Test
  void unansweredListsTheMostAskedFirstWithTheLikelyEntry() {
    AnswerService answers = new AnswerService(config, storage.asks());
    for (int i = 0; i < 3; i++) {
      answers.ask(new Question("what is on the cafeteria lunch menu", Platform.SLACK, "C1", "U" + i));
    }
    answers.ask(new Question("cafeteria lunch menu?", Platform.SLACK, "C1", "U9"));
    answers.ask(new Question("which cloud hosts claude?", Platform.SLACK, "C1", "U1"));
    Poll.until("questions stored", () -> storage.insights().activity(Instant.EPOCH).asked() == 5);

    String reply = text(ADMIN, "unanswered 7");

    assertThat(reply).startsWith("Top unanswered questions, last 7 days\n")
        .contains("• \"what is on the cafeteria lunch menu\" (4 times, with 1 similar wording(s))", "No entry comes close")
        .contains("• \"which cloud hosts claude?\" (once)\n    Likely hosting: add it to that entry's questions.");
    assertThat(reply.indexOf("cafeteria")).isLessThan(reply.indexOf("claude"));
  }

  @Test
  void feedbackListsTheWorstRatedAnswers() {
    storage.votes().voted(new Vote(Platform.SLACK, "hosting", "U1", false, clock.instant()));
    storage.votes().voted(new Vote(Platform.SLACK, "hosting", "U2", false, clock.instant()));
    storage.votes().voted(new Vote(Platform.SLACK, "compute", "U1", false, clock.instant()));
    storage.votes().voted(new Vote(Platform.SLACK, "compute", "U2", true, clock.instant()));
    storage.votes().voted(new Vote(Platform.SLACK, "agi-clause", "U2", true, clock.instant()));
    Poll.until("votes stored", () -> storage.insights().votes(Instant.EPOCH).size() == 3);

    AdminMessage feedback = admin.run(Platform.SLACK, ADMIN, "feedback 30");

    assertThat(feedback.plainText()).isEqualTo("Worst-rated answers, last 30 days\n"
        + "• hosting: 2 not helpful, 0 helpful (100% not helpful)\n"
        + "• compute: 1 not helpful, 1 helpful (50% not helpful)");
    assertThat(feedback.parts().get(0)).isEqualTo(new AdminMessage.Bullet(AdminMessage.Text.code("hosting")
        .then(": 2 not helpful, 0 helpful (100% not helpful)"), null));
  }

  @Test
  void staleListsAnswersPastTheirReviewDate() throws Exception {
    assertThat(text(ADMIN, "stale")).startsWith("No stale answers");
    TestConfig.edit(configDir.resolve("answers/compute.yml"), text -> text.replaceAll("(?m)^reviewed: .*$",
        "reviewed: 2020-01-01"));
    config.reload("test");

    assertThat(text(ADMIN, "stale")).startsWith("Answers past their review date\n"
        + "Reviewed more than 180 days ago (stale_after_days in bot.yml):\n").contains("• compute ", "reviewed 1 Jan 2020", "owner fixtures-team");
  }

  @Test
  void unknownCommandsAndBadArgumentsGetHelpNotErrors() {
    assertThat(admin.run(Platform.SLACK, ADMIN, "")).isEqualTo(AdminReplies.HELP);
    assertThat(admin.run(Platform.SLACK, ADMIN, "HELP")).isEqualTo(AdminReplies.HELP);
    AdminMessage unknown = admin.run(Platform.SLACK, ADMIN, "purge <everything>");
    assertThat(unknown.plainText()).startsWith("I don't know the admin command purge. These are the ones I know:");
    assertThat(unknown.parts()).containsAll(AdminReplies.HELP.parts());
    assertThat(admin.run(Platform.SLACK, ADMIN, "unanswered lots")).isEqualTo(AdminMessage.saying(
        AdminMessage.Text.code("unanswered").then(" takes a number of days, like ").thenCode("unanswered 7").then(".")));
    assertThat(text(ADMIN, "feedback 0")).isEqualTo("The number of days must be from 1 to 3650.");
  }

  private long reloadsRecorded() {
    try (var connection = database.connect(); var statement = connection.createStatement();
         var rows = statement.executeQuery("SELECT COUNT(*) FROM reloads")) {
      rows.next();
      return rows.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void ticketsListsOpenTicketsTheOldestFirstWithTheirAgeAndStatusCountsThem() {
    assertThat(text(ADMIN, "tickets")).isEqualTo("No tickets are waiting for the experts.");
    assertThat(text(ADMIN, "status")).contains("Expert tickets: none open");
    openTicket("U0FIRST", "Can we resell the models?");
    clock.advance(java.time.Duration.ofDays(2));
    openTicket("U0SECOND", "Who pays for the compute?");
    clock.advance(java.time.Duration.ofHours(5));

    assertThat(text(ADMIN, "tickets")).contains("Open expert tickets, the oldest first",
        "#1 \"Can we resell the models?\"", "open for 2 day(s), asked in slack",
        "#2 \"Who pays for the compute?\"", "open for 5 hour(s)");
    assertThat(text(ADMIN, "status")).contains("Expert tickets: 2 open, the oldest #1 for 2 day(s)");
    assertThat(text(ADMIN, "help")).contains("tickets: questions waiting for the experts");
  }

  private void openTicket(String user, String question) {
    storage.tickets().open(new com.partnershipbot.answering.TicketStore.NewTicket(Platform.SLACK, question, "someone",
        "C0GENERAL", new com.partnershipbot.answering.Ticket.AskerAddress(user, "C0GENERAL", null, null), List.of()),
        clock.instant());
  }

  private String text(String user, String command) {
    return admin.run(Platform.SLACK, user, command).plainText();
  }
}
