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
  private static final Duration DRAIN = Duration.ofSeconds(10);
  /** The metric's method for an activity dropped before its replies were found. */
  private static final String UNANSWERED = "replyToActivity";

  private final ActivityHandler handler;
  private final DeliveryLog deliveries;
  private final ConnectorClient connector;
  private final ThreadPoolExecutor executor;
  private final ReplyLanes lanes;
  private final DeliveryCounters counters;

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
    this.lanes = new ReplyLanes("Teams", Math.max(2, threads * 2), capacity, retries, DRAIN);
    this.counters = teamsCounters(counters);
    lanes.countWith(this.counters);
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
      executor.execute(new Answering(activity, caller));
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
    close(DRAIN);
  }

  /** As {@link #close()}, giving queued activities {@code drain} to be answered; each one left is counted lost. */
  void close(Duration drain) {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(drain.toMillis(), TimeUnit.MILLISECONDS)) {
        executor.shutdownNow().forEach(this::lostAtShutdown);
      }
    } catch (InterruptedException e) {
      executor.shutdownNow().forEach(this::lostAtShutdown);
      Thread.currentThread().interrupt();
    }
    lanes.close();
  }

  private void lostAtShutdown(Runnable task) {
    if (task instanceof Answering answering) {
      LOG.warn("Teams reply lost (not answered before shutdown): {} to activity {} in conversation {}", UNANSWERED,
          LogText.of(answering.activity().id()), LogText.of(answering.activity().conversationId()));
      counters.lost(UNANSWERED);
    }
  }

  /** One activity waiting for its replies to be found; named so that one left at shutdown can be counted. */
  private final class Answering implements Runnable {
    private final Activity activity;
    private final VerifiedCaller caller;

    Answering(Activity activity, VerifiedCaller caller) {
      this.activity = activity;
      this.caller = caller;
    }

    Activity activity() {
      return activity;
    }

    @Override
    public void run() {
      answer(activity, caller);
    }
  }
}
