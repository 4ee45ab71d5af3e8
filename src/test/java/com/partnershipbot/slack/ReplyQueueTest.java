package com.partnershipbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every reply ends once: sent, or logged and counted as failed; rate limits are retried a bounded number of times. */
class ReplyQueueTest {
  private final ReplyQueue queue = new ReplyQueue(2, 3, 2, Duration.ofSeconds(5));

  @AfterEach
  void close() {
    queue.close();
  }

  @Test
  void aRateLimitedReplyIsRetriedAndSent() throws Exception {
    AtomicInteger attempts = new AtomicInteger();

    queue.submit("test reply", () -> {
      if (attempts.incrementAndGet() == 1) {
        throw new RateLimitedException("chat.postMessage", Duration.ofSeconds(1));
      }
    });

    await(() -> queue.sent() == 1);
    assertThat(attempts).hasValue(2);
    assertThat(queue.failed()).isZero();
  }

  @Test
  void aReplyRateLimitedOnEveryAttemptIsCountedAsFailedAfterTheLastOne() throws Exception {
    AtomicInteger attempts = new AtomicInteger();

    queue.submit("test reply", () -> {
      attempts.incrementAndGet();
      throw new RateLimitedException("chat.postMessage", Duration.ofSeconds(1));
    });

    await(() -> queue.failed() == 1);
    assertThat(attempts).hasValue(2);
    assertThat(queue.sent()).isZero();
    assertThat(queue.pending()).isZero();
  }

  @Test
  void retriesAndLostRepliesAreCountedByWebApiMethod() throws Exception {
    java.util.List<String> counted = new java.util.concurrent.CopyOnWriteArrayList<>();
    queue.countWith(new SlackApiCounters() {
      @Override
      public void retried(String method) {
        counted.add("retried " + method);
      }

      @Override
      public void lost(String method) {
        counted.add("lost " + method);
      }
    });

    queue.submit("chat.postMessage to C1", () -> {
      throw new RateLimitedException("chat.postMessage", Duration.ofSeconds(1));
    });

    await(() -> queue.failed() == 1);
    assertThat(counted).containsExactly("retried chat.postMessage", "lost chat.postMessage");
  }

  @Test
  void aNetworkErrorIsRetried() throws Exception {
    AtomicInteger attempts = new AtomicInteger();

    queue.submit("test reply", () -> {
      if (attempts.incrementAndGet() == 1) {
        throw new IOException("connection reset");
      }
    });

    await(() -> queue.sent() == 1);
    assertThat(attempts).hasValue(2);
  }

  @Test
  void aRefusedReplyFailsAtOnceWithoutRetrying() throws Exception {
    AtomicInteger attempts = new AtomicInteger();

    queue.submit("test reply", () -> {
      attempts.incrementAndGet();
      throw new DeliveryFailedException("chat.postMessage failed: channel_not_found");
    });

    await(() -> queue.failed() == 1);
    assertThat(attempts).hasValue(1);
  }

  @Test
  void repliesBeyondCapacityAreCountedAsFailedNotQueued() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    for (int i = 0; i < 3; i++) {
      queue.submit("blocked reply " + i, () -> release.await(10, TimeUnit.SECONDS));
    }

    queue.submit("one too many", () -> {});

    assertThat(queue.failed()).isEqualTo(1);
    release.countDown();
    await(() -> queue.sent() == 3);
  }

  @Test
  void closingLetsQueuedRepliesFinishAndCountsARetryPastTheDeadlineAsLost() throws Exception {
    CountDownLatch bothStarted = new CountDownLatch(2);
    CountDownLatch finish = new CountDownLatch(1);
    queue.submit("slow but in time", () -> {
      bothStarted.countDown();
      finish.await(10, TimeUnit.SECONDS);
    });
    queue.submit("rate limited for a minute", () -> {
      bothStarted.countDown();
      finish.await(10, TimeUnit.SECONDS);
      throw new RateLimitedException("chat.postMessage", Duration.ofSeconds(60));
    });
    bothStarted.await(10, TimeUnit.SECONDS);

    Thread closing = new Thread(() -> queue.close(Duration.ofSeconds(5)));
    closing.start();
    await(queue::closing);
    queue.submit("arrives while closing", () -> {});
    finish.countDown();
    closing.join();

    assertThat(queue.sent()).isEqualTo(1);
    assertThat(queue.failed()).isEqualTo(2);
    assertThat(queue.pending()).isZero();
  }

  @Test
  void aRetryThatFitsBeforeTheDeadlineIsStillSentWhileClosing() throws Exception {
    CountDownLatch firstAttempt = new CountDownLatch(1);
    AtomicInteger attempts = new AtomicInteger();
    queue.submit("rate limited once", () -> {
      if (attempts.incrementAndGet() == 1) {
        firstAttempt.countDown();
        throw new RateLimitedException("chat.postMessage", Duration.ofSeconds(1));
      }
    });
    firstAttempt.await(10, TimeUnit.SECONDS);

    queue.close(Duration.ofSeconds(10));

    assertThat(queue.sent()).isEqualTo(1);
    assertThat(queue.failed()).isZero();
  }

  @Test
  void aReplySubmittedAfterCloseIsCountedAsLost() {
    queue.close(Duration.ofSeconds(1));

    queue.submit("too late", () -> {});

    assertThat(queue.failed()).isEqualTo(1);
    assertThat(queue.pending()).isZero();
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(10);
    while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
      Thread.sleep(10);
    }
    assertThat(condition.getAsBoolean()).as("condition reached within 10 s").isTrue();
  }
}
