package com.partnershipbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.answering.Platform;
import com.partnershipbot.knowledge.BotSettings;
import com.partnershipbot.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Welcomes and admin addresses kept in the database are the same for every instance using it. */
class ConversationMemoryTest {
  @TempDir
  Path tempDir;

  static Stream<String> kinds() {
    return TestDatabase.kinds();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aConversationIsWelcomedOnceAcrossInstancesAndPlatforms(String kind) throws Exception {
    try (TestDatabase database = TestDatabase.create(kind, tempDir);
         Storage first = open(database);
         Storage second = open(database)) {
      String longId = "19:" + "x".repeat(400) + "@thread.tacv2";

      assertThat(first.conversations().firstWelcome(Platform.TEAMS, "19:team@thread.tacv2")).isTrue();
      assertThat(second.conversations().firstWelcome(Platform.TEAMS, "19:team@thread.tacv2")).isFalse();
      assertThat(second.conversations().firstWelcome(Platform.SLACK, "19:team@thread.tacv2")).isTrue();
      assertThat(second.conversations().firstWelcome(Platform.TEAMS, longId)).isTrue();
      assertThat(first.conversations().firstWelcome(Platform.TEAMS, longId)).isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void anAdminAddressStoredByOneInstanceIsReadByTheOtherAndTheLatestWins(String kind) throws Exception {
    try (TestDatabase database = TestDatabase.create(kind, tempDir);
         Storage first = open(database);
         Storage second = open(database)) {
      first.conversations().rememberAdmin(Platform.TEAMS, "aad-1", "{\"conversationId\":\"a:old\"}");
      second.conversations().rememberAdmin(Platform.TEAMS, "aad-1", "{\"conversationId\":\"a:new\"}");

      assertThat(first.conversations().adminAddresses(Platform.TEAMS))
          .containsExactlyEntriesOf(java.util.Map.of("aad-1", "{\"conversationId\":\"a:new\"}"));
      assertThat(first.conversations().adminAddresses(Platform.SLACK)).isEmpty();
    }
  }

  private static Storage open(TestDatabase database) {
    return Storage.open(database.settings(), BotSettings::defaults, Clock.systemUTC());
  }
}
