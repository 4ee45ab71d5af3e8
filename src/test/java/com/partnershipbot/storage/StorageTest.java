package com.partnershipbot.storage;

import com.partnershipbot.matching.TestMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.ConfigSnapshot;
import com.partnershipbot.answering.Platform;
import com.partnershipbot.answering.Question;
import com.partnershipbot.answering.ReloadResult;
import com.partnershipbot.answering.Vote;
import com.partnershipbot.knowledge.BotSettings;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.knowledge.ConfigProblem;
import com.partnershipbot.knowledge.Knowledge;
import com.partnershipbot.knowledge.UserIdPolicy;
import com.partnershipbot.testing.MutableClock;
import com.partnershipbot.testing.Poll;
import com.partnershipbot.testing.TestConfig;
import com.partnershipbot.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Records questions, votes and reloads in H2 and PostgreSQL, reads them back, and forgets them on time. */
class StorageTest {
  private static Knowledge knowledge;

  @TempDir
  Path tempDir;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
  private final AtomicReference<BotSettings> settings = new AtomicReference<>();
  private final List<AutoCloseable> open = new ArrayList<>();

  @BeforeAll
  static void loadConfig() throws Exception {
    knowledge = new ConfigLoader().load(TestConfig.FAQ);
  }

  static java.util.stream.Stream<String> kinds() {
    return TestDatabase.kinds();
  }

  @AfterEach
  void closeAll() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void recordsEveryQuestionWithItsOutcome(String kind) throws Exception {
    Storage storage = storage(kind, UserIdPolicy.HASHED);
    AnswerService answers = new AnswerService(() -> ConfigSnapshot.of(knowledge, TestMatching.factory()), storage.asks());
    answers.ask(new Question("is azure still exclusive?", Platform.SLACK, "C1", "U1"));
    answers.ask(new Question("what about quantum chips", Platform.TEAMS, "T1", "U2"));
    answers.ask(new Question("help", Platform.SLACK, "C1", "U1"));

    Activity activity = Poll.value("three questions stored", () -> storage.insights().activity(clock.instant()
        .minusSeconds(60)), a -> a.asked() == 3);
    assertThat(activity.answered()).isEqualTo(1);
    assertThat(activity.notFound()).isEqualTo(1);
    assertThat(activity.help()).isEqualTo(1);
    assertThat(activity.answerRate()).isEqualTo(0.5);
    assertThat(storage.insights().unanswered(clock.instant().minusSeconds(60), 10))
        .extracting(AskedQuestion::text).containsExactly("what about quantum chips");
    assertThat(storage.lostRecords()).isZero();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void keepsOnlyASaltedHashOfWhoAskedUnlessToldOtherwise(String kind) throws Exception {
    Storage storage = storage(kind, UserIdPolicy.HASHED);
    storage.asks().asked(new Question("hosting", Platform.SLACK, "C1", "U12345"), reply("hosting"), 1_000);
    List<String> keys = Poll.value("question stored", () -> column("SELECT user_key FROM questions"), k -> k.size() == 1);
    assertThat(keys.get(0)).hasSize(64).doesNotContain("U12345")
        .isNotEqualTo(UserKeys.sha256("slack:U12345"));

    settings.set(settings(UserIdPolicy.PLAIN));
    storage.asks().asked(new Question("hosting", Platform.SLACK, "C1", "U12345"), reply("hosting"), 1_000);
    assertThat(Poll.value("second question stored", () -> column("SELECT user_key FROM questions"), k -> k.size() == 2))
        .contains("U12345");
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void recordsVotesAndReloads(String kind) throws Exception {
    Storage storage = storage(kind, UserIdPolicy.HASHED);
    storage.votes().voted(new Vote(Platform.SLACK, "hosting", "U1", false, clock.instant()));
    storage.votes().voted(new Vote(Platform.SLACK, "hosting", "U2", false, clock.instant()));
    storage.votes().voted(new Vote(Platform.SLACK, "hosting", "U3", true, clock.instant()));
    storage.votes().voted(new Vote(Platform.SLACK, "compute", "U1", true, clock.instant()));
    storage.reloads().reloaded(new ReloadResult(clock.instant(), "slack admin U1", ReloadResult.Status.REFUSED,
        "abc123", 14, List.of(ConfigProblem.error("config/answers/hosting.yml", 3, 1, "missing 'answer'"))));

    List<EntryVotes> votes = Poll.value("votes stored", () -> storage.insights().votes(clock.instant().minusSeconds(1)),
        v -> v.size() == 2);
    assertThat(votes.get(0)).isEqualTo(new EntryVotes("hosting", 1, 2));
    assertThat(votes.get(1)).isEqualTo(new EntryVotes("compute", 1, 0));
    assertThat(Poll.value("reload stored", () -> column(
        "SELECT requested_by || ' ' || result || ' ' || error_count || ' ' || first_error FROM reloads"),
        rows -> rows.size() == 1))
        .containsExactly("slack admin U1 refused 1 config/answers/hosting.yml:3:1: missing 'answer'");
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void deletesRecordsOlderThanTheRetentionPeriod(String kind) throws Exception {
    Storage storage = storage(kind, UserIdPolicy.HASHED);
    Instant now = clock.instant();
    clock.set(now.minus(Duration.ofDays(91)));
    storage.asks().asked(new Question("old question", Platform.SLACK, "C1", "U1"), reply("hosting"), 1_000);
    storage.votes().voted(new Vote(Platform.SLACK, "hosting", "U1", true, clock.instant()));
    storage.deliveries().claim("Ev-old");
    clock.set(now.minus(Duration.ofDays(89)));
    storage.asks().asked(new Question("recent question", Platform.SLACK, "C1", "U1"), reply("hosting"), 1_000);
    Poll.until("both questions stored", () -> column("SELECT question FROM questions").size() == 2);
    clock.set(now);

    assertThat(storage.purgeNow()).isEqualTo(3);
    assertThat(column("SELECT question FROM questions")).containsExactly("recent question");
    assertThat(column("SELECT entry_id FROM feedback")).isEmpty();
    assertThat(storage.deliveries().claim("Ev-old")).isTrue();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void storesOddTextIntact(String kind) throws Exception {
    Storage storage = storage(kind, UserIdPolicy.HASHED);
    String odd = "é• “quotes” 'single' ; DROP TABLE questions; -- \u0000 😀";
    storage.asks().asked(new Question(odd, null, null, null), reply("hosting"), 1_000);
    storage.asks().asked(new Question("x".repeat(5_000), Platform.SLACK, "C1", "U1"), reply("hosting"), 1_000);
    List<String> texts = Poll.value("questions stored", () -> column("SELECT question FROM questions ORDER BY id"),
        rows -> rows.size() == 2);
    assertThat(texts.get(0)).isEqualTo(odd.replace('\u0000', ' '));
    assertThat(texts.get(1)).hasSize(2000);
  }

  private Storage storage(String kind, UserIdPolicy policy) throws SQLException {
    TestDatabase database = TestDatabase.create(kind, tempDir);
    open.add(database);
    settings.set(settings(policy));
    Storage storage = Storage.open(database.settings(), settings::get, clock);
    open.add(storage);
    this.database = database;
    return storage;
  }

  private TestDatabase database;

  private List<String> column(String sql) {
    List<String> values = new ArrayList<>();
    try (Connection connection = database.connect(); Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
    return values;
  }

  static com.partnershipbot.answering.Reply reply(String entryId) {
    return new AnswerService(() -> ConfigSnapshot.of(knowledge, TestMatching.factory())).topic(entryId).orElseThrow();
  }

  private static BotSettings settings(UserIdPolicy policy) {
    return new BotSettings(null, null, null, null, null, null, policy, 90, null, null);
  }
}
