package com.partnershipbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.answering.DeliveryLog;
import com.partnershipbot.knowledge.BotSettings;
import com.partnershipbot.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Two instances sharing one database claim a re-delivered event exactly once between them. */
class DeliveryLogTest {
  @TempDir
  Path tempDir;

  static Stream<String> kinds() {
    return TestDatabase.kinds();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void twoInstancesClaimARetriedEventOnce(String kind) throws Exception {
    try (TestDatabase database = TestDatabase.create(kind, tempDir);
         Storage first = open(database);
         Storage second = open(database)) {
      List<DeliveryLog> instances = List.of(first.deliveries(), second.deliveries());
      for (int event = 0; event < 5; event++) {
        String eventId = "Ev0" + event + "RETRIED";
        assertThat(claimAtOnce(instances, eventId, 16)).as("claims won for %s", eventId).isEqualTo(1);
      }
      assertThat(first.deliveries().claim("Ev0NEW")).isTrue();
      assertThat(second.deliveries().claim("Ev0NEW")).isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void veryLongIdsAreStillDeduplicated(String kind) throws Exception {
    try (TestDatabase database = TestDatabase.create(kind, tempDir); Storage storage = open(database)) {
      String longId = "Ev" + "x".repeat(400);
      assertThat(storage.deliveries().claim(longId)).isTrue();
      assertThat(storage.deliveries().claim(longId)).isFalse();
      assertThat(storage.deliveries().claim(longId + "y")).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void onlyPostgresIsOfferedAsSharedAcrossInstances(String kind) throws Exception {
    try (TestDatabase database = TestDatabase.create(kind, tempDir); Storage storage = open(database)) {
      assertThat(storage.sharedDeliveries().isPresent()).isEqualTo(TestDatabase.POSTGRESQL.equals(kind));
    }
  }

  private static Storage open(TestDatabase database) {
    return Storage.open(database.settings(), BotSettings::defaults, Clock.systemUTC());
  }

  /** Many threads, spread over the instances, claim the same id at the same moment; returns how many won. */
  private static int claimAtOnce(List<DeliveryLog> instances, String eventId, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> claims = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        DeliveryLog instance = instances.get(i % instances.size());
        Callable<Boolean> claim = () -> {
          start.await();
          return instance.claim(eventId);
        };
        claims.add(pool.submit(claim));
      }
      start.countDown();
      int won = 0;
      for (Future<Boolean> claim : claims) {
        won += claim.get() ? 1 : 0;
      }
      return won;
    } finally {
      pool.shutdownNow();
    }
  }
}
