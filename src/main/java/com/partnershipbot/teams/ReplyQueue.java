package com.partnershipbot.teams;

import com.partnershipbot.platform.ReplyCounters;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers verified activities off the request thread, so Teams gets its 200 at once: a few
 * threads and a bounded queue; when the queue is full, new work is refused rather than piled up.
 */
final class ReplyQueue implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReplyQueue.class);
  private static final long DRAIN_SECONDS = 10;
  private static final String POST = "conversations.reply";

  private final ActivityHandler handler;
  private final ConnectorClient connector;
  private final ReplyCounters counters;
  private final ThreadPoolExecutor executor;

  ReplyQueue(ActivityHandler handler, ConnectorClient connector, ReplyCounters counters, int threads, int capacity) {
    this.handler = handler;
    this.connector = connector;
    this.counters = counters;
    AtomicInteger count = new AtomicInteger();
    this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(capacity), task -> {
          Thread thread = new Thread(task, "teams-reply-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
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

  private void answer(Activity activity, VerifiedCaller caller) {
    try {
      List<Outgoing> replies = handler.handle(activity);
      for (Outgoing reply : replies) {
        connector.post(caller, reply.conversationId(), reply.replyToId(), reply.activity());
      }
    } catch (TeamsCallException e) {
      LOG.warn("Could not post a Teams reply: {}", e.getMessage());
      counters.lost(TeamsEndpoints.NAME, POST);
    } catch (RuntimeException e) {
      LOG.error("Failed to answer a Teams {} activity", activity.type(), e);
    }
  }

  /** Stops taking work and lets queued replies finish (up to 10 seconds). */
  @Override
  public void close() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS)) {
        int dropped = executor.shutdownNow().size();
        LOG.warn("Dropped {} queued Teams replies at shutdown", dropped);
        for (int i = 0; i < dropped; i++) {
          counters.lost(TeamsEndpoints.NAME, POST);
        }
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
