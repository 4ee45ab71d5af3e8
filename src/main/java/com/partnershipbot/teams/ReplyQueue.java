package com.partnershipbot.teams;

import com.partnershipbot.answering.DeliveryLog;
import com.partnershipbot.answering.LogText;
import com.partnershipbot.delivery.Confirmation;
import com.partnershipbot.delivery.DeliveryCounters;
import com.partnershipbot.delivery.ReplyLanes;
import com.partnershipbot.delivery.RetryPolicy;
import com.partnershipbot.platform.ReplyCounters;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers verified activities off the request thread, so Teams gets its 200 at once: each activity
 * is claimed in the delivery log first (a re-delivery, here or on another instance, is ignored); a few
 * threads and a bounded queue find the replies (when the queue is full, new work is refused rather
 * than piled up), and {@link ReplyLanes} posts them, one conversation at a time, retried like
 * Slack's. The Bot Connector offers no way to read back what the bot posted, so an attempt that
 * got no answer after sending is counted as possibly delivered, never posted again.
 */
final class ReplyQueue implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReplyQueue.class);
  private static final long DRAIN_SECONDS = 10;

  private final ActivityHandler handler;
  private final DeliveryLog deliveries;
  private final ConnectorClient connector;
  private final ThreadPoolExecutor executor;
  private final ReplyLanes lanes;

  /** {@code deliveries} claims each activity once, so instances sharing a database answer it once between them. */
  ReplyQueue(ActivityHandler handler, DeliveryLog deliveries, ConnectorClient connector, ReplyCounters counters,
      int threads, int capacity, RetryPolicy retries) {
    this.handler = handler;
    this.deliveries = deliveries;
    this.connector = connector;
    AtomicInteger count = new AtomicInteger();
    this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(capacity), task -> {
          Thread thread = new Thread(task, "teams-reply-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    this.lanes = new ReplyLanes("Teams", Math.max(2, threads * 2), capacity, retries,
        Duration.ofSeconds(DRAIN_SECONDS));
    lanes.countWith(teamsCounters(counters));
  }

  /** Retried and lost connector posts, counted under the Teams platform. */
  private static DeliveryCounters teamsCounters(ReplyCounters counters) {
    return new DeliveryCounters() {
      @Override
      public void retried(String method) {
        counters.retried(TeamsEndpoints.NAME, method);
      }

      @Override
      public void lost(String method) {
        counters.lost(TeamsEndpoints.NAME, method);
      }
    };
  }

  /** Queues the activity; false when the queue is full (or closing) and nothing will be posted. */
  boolean offer(Activity activity, VerifiedCaller caller) {
    try {
      executor.execute(() -> answer(activity, caller));
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }

  /** Replies Teams accepted, and those given up on (each logged once). */
  long sent() {
    return lanes.sent();
  }

  long failed() {
    return lanes.failed();
  }

  private void answer(Activity activity, VerifiedCaller caller) {
    if (activity.id() != null && !deliveries.claim("teams:" + activity.conversationId() + "|" + activity.id())) {
      LOG.info("Ignored a repeated delivery of Teams activity {}", LogText.of(activity.id()));
      return;
    }
    List<Outgoing> replies;
    try {
      replies = handler.handle(activity);
    } catch (RuntimeException e) {
      LOG.error("Failed to answer a Teams {} activity: {}", LogText.of(activity.type()), e.toString());
      return;
    }
    replies.forEach(reply -> send(caller, reply));
  }

  /** Queues one post or update behind the others to its conversation. */
  void send(VerifiedCaller caller, Outgoing reply) {
    lanes.submit(reply.conversationId(), reply.operation() + " in conversation " + LogText.of(reply.conversationId()),
        () -> reply.sendWith(connector, caller), Confirmation.UNKNOWN);
  }

  /** Stops taking work, lets queued answers be found and posted (up to 10 seconds each), and logs what is left. */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS)) {
        LOG.warn("Dropped {} queued Teams replies at shutdown", executor.shutdownNow().size());
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    lanes.close();
  }
}
