package com.partnershipbot.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A delivery id is claimed once; the memory of it expires and stays bounded. */
class RecentDeliveriesTest {
  private final MutableClock clock = new MutableClock();

  @Test
  void anIdIsClaimedOnlyTheFirstTime() {
    RecentDeliveries log = new RecentDeliveries(Duration.ofMinutes(30), 100, clock);

    assertThat(log.claim("Ev1")).isTrue();
    assertThat(log.claim("Ev1")).isFalse();
    assertThat(log.claim("Ev2")).isTrue();
  }

  @Test
  void anIdCanBeClaimedAgainOnceItsMemoryExpired() {
    RecentDeliveries log = new RecentDeliveries(Duration.ofMinutes(30), 100, clock);
    log.claim("Ev1");

    clock.advance(Duration.ofMinutes(29));
    assertThat(log.claim("Ev1")).isFalse();
    clock.advance(Duration.ofMinutes(2));
    assertThat(log.claim("Ev1")).isTrue();
  }

  @Test
  void theOldestIdsAreForgottenBeyondCapacity() {
    RecentDeliveries log = new RecentDeliveries(Duration.ofMinutes(30), 3, clock);
    for (String id : List.of("a", "b", "c", "d")) {
      log.claim(id);
    }

    assertThat(log.size()).isEqualTo(3);
    assertThat(log.claim("b")).isFalse();
    assertThat(log.claim("a")).isTrue();
  }

  @Test
  void amongConcurrentClaimsOfOneIdExactlyOneWins() throws Exception {
    RecentDeliveries log = new RecentDeliveries();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> claims = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        claims.add(() -> log.claim("same-event"));
      }
      int winners = 0;
      for (Future<Boolean> result : threads.invokeAll(claims)) {
        winners += result.get() ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      threads.shutdownNow();
    }
  }

  /** A clock the test moves by hand. */
  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-11-26T12:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
