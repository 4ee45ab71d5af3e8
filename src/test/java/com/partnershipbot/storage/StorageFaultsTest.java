package com.partnershipbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.answering.AdminMessage;
import com.partnershipbot.knowledge.BotSettings;
import com.partnershipbot.testing.LogCapture;
import com.partnershipbot.testing.Poll;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged records file does not stop the bot: it is moved aside, loudly, and a fresh one takes its place. */
class StorageFaultsTest {
  private static final int POOL_SIZE = 4;
  @TempDir
  Path dataDir;

  @Test
  void aCorruptH2FileIsMovedAsideAndAFreshOneCreated() throws Exception {
    byte[] garbage = new byte[20_000];
    new Random(7).nextBytes(garbage);
    Files.write(dataDir.resolve("partnership-bot.mv.db"), garbage);

    try (LogCapture log = LogCapture.open();
        Storage storage = Storage.open(DatabaseSettings.embedded(dataDir), BotSettings::defaults, Clock.systemUTC());
        Database database = Database.open(DatabaseSettings.embedded(dataDir));
        Connection connection = database.connection();
        ResultSet tables = connection.getMetaData().getTables(null, null, "questions", null)) {
      assertThat(tables.next()).as("the fresh database has the schema").isTrue();
      assertThat(log.lines()).anyMatch(line -> line.startsWith("ERROR")
          && line.contains("THE RECORDS DATABASE WAS CORRUPT") && line.contains(".corrupt-"));
    }
    try (Stream<Path> files = Files.list(dataDir)) {
      assertThat(files.map(path -> path.getFileName().toString()))
          .anyMatch(name -> name.startsWith("partnership-bot.mv.db.corrupt-"));
    }
  }

  @Test
  void theMoveIsKeptForTheAdminsUntilANotifierIsGivenThenToldToEachOnce() throws Exception {
    byte[] garbage = new byte[20_000];
    new Random(7).nextBytes(garbage);
    Files.write(dataDir.resolve("partnership-bot.mv.db"), garbage);
    List<AdminMessage> slack = new ArrayList<>();
    List<AdminMessage> teams = new ArrayList<>();

    try (Storage storage = Storage.open(DatabaseSettings.embedded(dataDir), BotSettings::defaults, Clock.systemUTC())) {
      storage.notifyAdminsThrough(slack::add);
      storage.notifyAdminsThrough(teams::add);
    }

    assertThat(slack).singleElement().satisfies(notice -> {
      assertThat(notice.signal()).isEqualTo(AdminMessage.Signal.WARNING);
      assertThat(notice.plainText()).startsWith("The records database was corrupt\nI moved it aside to "
          + dataDir.toAbsolutePath().resolve("partnership-bot.mv.db.corrupt-"));
    });
    assertThat(teams).isEqualTo(slack);
  }

  @Test
  void aDataFolderOpenedReadOnlyIsNamedInTheError() throws Exception {
    try (Database first = Database.open(DatabaseSettings.embedded(dataDir))) {
      first.connection().close();
    }
    String readOnlyUrl = DatabaseSettings.embedded(dataDir).jdbcUrl() + ";ACCESS_MODE_DATA=r";

    try (Database database = Database.open(DatabaseSettings.jdbc(readOnlyUrl, "sa", "", false))) {
      SQLException refused = org.assertj.core.api.Assertions.catchThrowableOfType(SQLException.class,
          () -> database.connection().close());
      assertThat(refused.getMessage()).isEqualTo("the data folder " + dataDir.toAbsolutePath() + " is read-only: give the bot write access to it, "
              + "or set DATA_DIR to a folder it can write");
    }
  }

  @Test
  void aPoolTooBusyToGiveAConnectionAtStartIsAskedAgainNotReportedAsAnUnusableFile() throws Exception {
    Database database = Database.open(DatabaseSettings.embedded(dataDir));
    List<Connection> held = new ArrayList<>();
    for (int i = 0; i < POOL_SIZE; i++) {
      held.add(database.connection());
    }
    try (LogCapture log = LogCapture.open()) {
      CompletableFuture<Storage> opening = CompletableFuture.supplyAsync(
          () -> Storage.open(database, BotSettings::defaults, Clock.systemUTC(), RecordWriter.CAPACITY));
      Poll.until("the start-up check to time out on the exhausted pool", () -> log.lines().stream()
          .anyMatch(line -> line.contains("Storage") && (line.contains("asking again") || line.contains("Cannot use"))));
      for (Connection connection : held) {
        connection.close();
      }

      try (Storage storage = opening.get(30, TimeUnit.SECONDS)) {
        assertThat(log.lines()).noneMatch(line -> line.startsWith("ERROR"))
            .anyMatch(line -> line.startsWith("INFO") && line.contains("Recording questions, votes and reloads in H2 file"));
      }
    }
  }

  @Test
  void aDataFolderOpenedReadOnlyIsReportedAtStartAsUnusableNamingTheFolder() throws Exception {
    try (Database first = Database.open(DatabaseSettings.embedded(dataDir))) {
      first.connection().close();
    }
    String readOnlyUrl = DatabaseSettings.embedded(dataDir).jdbcUrl() + ";ACCESS_MODE_DATA=r";

    try (LogCapture log = LogCapture.open();
        Storage storage = Storage.open(Database.open(DatabaseSettings.jdbc(readOnlyUrl, "sa", "", false)),
            BotSettings::defaults, Clock.systemUTC(), RecordWriter.CAPACITY)) {
      assertThat(log.lines()).filteredOn(line -> line.startsWith("ERROR")).singleElement().asString()
          .contains("Cannot use").contains("(the data folder " + dataDir.toAbsolutePath() + " is read-only: ")
          .contains("records are lost until the database is back");
      assertThat(log.lines()).noneMatch(line -> line.contains("asking again"));
    }
  }
}
