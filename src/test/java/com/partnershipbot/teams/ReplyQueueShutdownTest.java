package com.partnershipbot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.answering.DeliveryLog;
import com.partnershipbot.answering.Json;
import com.partnershipbot.delivery.RetryPolicy;
import com.partnershipbot.platform.ReplyCounters;
import com.partnershipbot.testing.LogCapture;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Activities Teams was told were taken but that are still waiting at shutdown: each is counted lost, with one log line. */
class ReplyQueueShutdownTest {
  private static final String SERVICE_URL = "http://127.0.0.1:9/amer/";

  @Test
  void activitiesStillQueuedAtShutdownAreEachCountedLostWithOneLogLine() throws Exception {
    CountDownLatch busy = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    DeliveryLog slowDatabase = id -> {
      busy.countDown();
      try {
        never.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return false;
    };
    List<String> lost = new CopyOnWriteArrayList<>();
    ReplyQueue queue = new ReplyQueue(null, slowDatabase, null, counting(lost), 1, 10, RetryPolicy.DEFAULT);
    VerifiedCaller caller = new VerifiedCaller(URI.create(SERVICE_URL));
    for (String id : List.of("first", "second", "third")) {
      assertThat(queue.offer(activity(id), caller)).isTrue();
    }
    assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();

    try (LogCapture log = LogCapture.open()) {
      queue.close(Duration.ofMillis(200));

      assertThat(lost).containsExactly("teams replyToActivity", "teams replyToActivity");
      assertThat(log.lines()).filteredOn(line -> line.contains("reply lost")).containsExactly(
          "WARN ReplyQueue - Teams reply lost (not answered before shutdown): replyToActivity to activity second "
              + "in conversation a:1Hj3xPq9-personal",
          "WARN ReplyQueue - Teams reply lost (not answered before shutdown): replyToActivity to activity third "
              + "in conversation a:1Hj3xPq9-personal");
    }
  }

  private static Activity activity(String id) throws Exception {
    return Activity.parse(Json.write(Activities.personalMessage(SERVICE_URL, id, "is azure still exclusive?"))
        .getBytes(StandardCharsets.UTF_8));
  }

  private static ReplyCounters counting(List<String> lost) {
    return new ReplyCounters() {
      @Override
      public void retried(String platform, String method) {}

      @Override
      public void lost(String platform, String method) {
        lost.add(platform + " " + method);
      }
    };
  }
}
