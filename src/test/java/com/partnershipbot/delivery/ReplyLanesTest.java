package com.partnershipbot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every reply ends once, delivered or counted lost; nothing that may have arrived is sent blindly again. */
class ReplyLanesTest {
  private static final RetryPolicy FAST = new RetryPolicy(Duration.ofMillis(20), Duration.ofMillis(100),
      Duration.ofSeconds(3), Duration.ofSeconds(1));
  private final ReplyLanes lanes = new ReplyLanes("Test", 2, 3, FAST, Duration.ofSeconds(5));

  @AfterEach
  void close() {
    lanes.close();
  }

  @Test
  void aRateLimitedReplyIsRetriedAfterRetryAfterAndSent() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    Instant start = Instant.now();

    lanes.submit("test reply", () -> {
      if (attempts.incrementAndGet() == 1) {
        throw AttemptFailed.rateLimited("chat.postMessage", Duration.ofMillis(500));
      }
    });

    await(() -> lanes.sent() == 1);
    assertThat(attempts).hasValue(2);
    assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(500));
    assertThat(lanes.failed()).isZero();
  }

  @Test
  void aReplyRateLimitedPastItsBudgetIsCountedLostOnce() throws Exception {
    List<String> counted = new CopyOnWriteArrayList<>();
    lanes.countWith(new DeliveryCounters() {
      @Override
      public void retried(String method) {
        counted.add("retried " + method);
      }

      @Override
      public void lost(String method) {
        counted.add("lost " + method);
      }
    });

    lanes.submit("chat.postMessage to C1", () -> {
      throw AttemptFailed.rateLimited("chat.postMessage", Duration.ofSeconds(2));
    });

    await(() -> lanes.failed() == 1);
    assertThat(counted).containsExactly("retried chat.postMessage", "lost chat.postMessage");
    assertThat(lanes.pending()).isZero();
  }

  @Test
  void serverErrorsAreRetriedWithBackOffUntilSent() throws Exception {
    AtomicInteger attempts = new AtomicInteger();

    lanes.submit("test reply", () -> {
      if (attempts.incrementAndGet() <= 5) {
        throw AttemptFailed.notDelivered("chat.postMessage answered HTTP 500");
      }
    });

    await(() -> lanes.sent() == 1);
    assertThat(attempts).hasValue(6);
  }

  @Test
  void aMaybeDeliveredReplyIsNotSentAgainWhenTheServiceHasIt() throws Exception {
    AtomicInteger attempts = new AtomicInteger();

    lanes.submit("C1", "test reply", () -> {
      attempts.incrementAndGet();
      throw AttemptFailed.maybeDelivered("read timeout");
    }, () -> Optional.of(true));

    await(() -> lanes.sent() == 1);
    assertThat(attempts).hasValue(1);
  }

  @Test
  void aMaybeDeliveredReplyIsSentAgainWhenTheServiceDoesNotHaveIt() throws Exception {
    AtomicInteger attempts = new AtomicInteger();

    lanes.submit("C1", "test reply", () -> {
      if (attempts.incrementAndGet() == 1) {
        throw AttemptFailed.maybeDelivered("read timeout");
      }
    }, () -> Optional.of(false));

    await(() -> lanes.sent() == 1);
    assertThat(attempts).hasValue(2);
  }

  @Test
  void aMaybeDeliveredReplyThatCannotBeCheckedIsCountedLostAndNeverSentTwice() throws Exception {
    AtomicInteger attempts = new AtomicInteger();

    lanes.submit("test reply", () -> {
      attempts.incrementAndGet();
      throw AttemptFailed.maybeDelivered("read timeout");
    });

    await(() -> lanes.failed() == 1);
    Thread.sleep(200);
    assertThat(attempts).hasValue(1);
  }

  @Test
  void aRefusedReplyFailsAtOnceWithoutRetrying() throws Exception {
    AtomicInteger attempts = new AtomicInteger();

    lanes.submit("test reply", () -> {
      attempts.incrementAndGet();
      throw AttemptFailed.refused("chat.postMessage failed: channel_not_found");
    });

    await(() -> lanes.failed() == 1);
    assertThat(attempts).hasValue(1);
  }

  @Test
  void repliesInOneLaneGoOutInOrderAndARateLimitHoldsTheWholeLane() throws Exception {
    List<String> sent = new CopyOnWriteArrayList<>();
    AtomicInteger firstAttempts = new AtomicInteger();
    lanes.submit("C1", "first", () -> {
      if (firstAttempts.incrementAndGet() == 1) {
        throw AttemptFailed.rateLimited("chat.postMessage", Duration.ofMillis(300));
      }
      sent.add("first");
    }, Confirmation.UNKNOWN);
    lanes.submit("C1", "second", () -> sent.add("second"), Confirmation.UNKNOWN);
    lanes.submit("C2", "other channel", () -> sent.add("other"), Confirmation.UNKNOWN);

    await(() -> lanes.sent() == 3);
    assertThat(sent).containsExactly("other", "first", "second");
  }

  @Test
  void aSlowReplyDoesNotHoldUpOtherLanes() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    lanes.submit("C1", "slow", () -> release.await(10, TimeUnit.SECONDS), Confirmation.UNKNOWN);

    lanes.submit("C2", "quick", () -> {}, Confirmation.UNKNOWN);

    await(() -> lanes.sent() == 1);
    release.countDown();
    await(() -> lanes.sent() == 2);
  }

  @Test
  void repliesBeyondCapacityAreCountedAsFailedNotQueued() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    for (int i = 0; i < 3; i++) {
      lanes.submit("C" + i, "blocked reply " + i, () -> release.await(10, TimeUnit.SECONDS), Confirmation.UNKNOWN);
    }

    lanes.submit("one too many", () -> {});

    assertThat(lanes.failed()).isEqualTo(1);
    release.countDown();
    await(() -> lanes.sent() == 3);
  }

  @Test
  void closingLetsQueuedRepliesFinishAndCountsARetryPastTheDeadlineAsLost() throws Exception {
    CountDownLatch bothStarted = new CountDownLatch(2);
    CountDownLatch finish = new CountDownLatch(1);
    lanes.submit("slow but in time", () -> {
      bothStarted.countDown();
      finish.await(10, TimeUnit.SECONDS);
    });
    lanes.submit("rate limited for a while", () -> {
      bothStarted.countDown();
      finish.await(10, TimeUnit.SECONDS);
      throw AttemptFailed.rateLimited("chat.postMessage", Duration.ofMillis(2_500));
    });
    bothStarted.await(10, TimeUnit.SECONDS);

    Thread closing = new Thread(() -> lanes.close(Duration.ofSeconds(2)));
    closing.start();
    await(lanes::closing);
    lanes.submit("arrives while closing", () -> {});
    finish.countDown();
    closing.join();

    assertThat(lanes.sent()).isEqualTo(1);
    assertThat(lanes.failed()).isEqualTo(2);
    assertThat(lanes.pending()).isZero();
  }

  @Test
  void aRetryThatFitsBeforeTheDeadlineIsStillSentWhileClosing() throws Exception {
    CountDownLatch firstAttempt = new CountDownLatch(1);
    AtomicInteger attempts = new AtomicInteger();
    lanes.submit("rate limited once", () -> {
      if (attempts.incrementAndGet() == 1) {
        firstAttempt.countDown();
        throw AttemptFailed.rateLimited("chat.postMessage", Duration.ofMillis(500));
      }
    });
    firstAttempt.await(10, TimeUnit.SECONDS);

    lanes.close(Duration.ofSeconds(10));

    assertThat(lanes.sent()).isEqualTo(1);
    assertThat(lanes.failed()).isZero();
  }

  @Test
  void aReplySubmittedAfterCloseIsCountedAsLost() {
    lanes.close(Duration.ofSeconds(1));

    lanes.submit("too late", () -> {});

    assertThat(lanes.failed()).isEqualTo(1);
    assertThat(lanes.pending()).isZero();
  }

  @Test
  void backOffGrowsWithJitterUpToItsCap() {
    RetryPolicy policy = new RetryPolicy(Duration.ofMillis(100), Duration.ofMillis(800), Duration.ofSeconds(60),
        Duration.ofSeconds(1));

    assertThat(policy.backoff(1)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
    assertThat(policy.backoff(3)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
    assertThat(policy.backoff(30)).isBetween(Duration.ofMillis(400), Duration.ofMillis(800));
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(10);
    while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
      Thread.sleep(10);
    }
    assertThat(condition.getAsBoolean()).as("condition reached within 10 s").isTrue();
  }
}
