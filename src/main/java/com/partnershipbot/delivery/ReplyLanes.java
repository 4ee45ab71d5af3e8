package com.partnershipbot.delivery;

import com.partnershipbot.answering.LogText;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends replies to a chat API off the request thread, each exactly once or counted lost.
 *
 * <p>Replies to the same lane (a channel, a conversation) go out one at a time, in order; lanes
 * do not wait for each other, so a slow or rate-limited channel holds up only itself. After a
 * failed attempt:
 * <ul>
 *   <li>429: the whole lane waits the Retry-After, then the same reply is tried again;</li>
 *   <li>5xx or a connection that never carried the request: tried again after a jittered back-off;</li>
 *   <li>no answer after the request went out (a read timeout): never sent blindly again. The
 *       {@link Confirmation} looks for the reply at the service; found means delivered, absent means
 *       send again, and when it cannot tell, the reply is counted lost as "possibly delivered";</li>
 *   <li>refused for good: lost.</li>
 * </ul>
 * A reply still undelivered when the policy's budget (counted from queueing) runs out is lost.
 * Every reply ends once, delivered or lost, and a lost reply is one log line and one count.
 */
public final class ReplyLanes implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReplyLanes.class);

  private final String name;
  private final RetryPolicy policy;
  private final int capacity;
  private final Duration shutdownDeadline;
  private final ScheduledThreadPoolExecutor executor;
  private final Map<String, Lane> lanes = new HashMap<>();
  /** Retry-After pauses of lanes with nothing queued, so the next reply to that channel still waits. */
  private final Map<String, Long> pauses = new HashMap<>();
  private final AtomicInteger waiting = new AtomicInteger();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong unique = new AtomicLong();
  private volatile long closingDeadlineNanos;
  private volatile boolean closing;
  private volatile DeliveryCounters counters = DeliveryCounters.NONE;

  /** {@code name} names the threads and the log lines ("Slack", "Teams"). */
  public ReplyLanes(String name, int threads, int capacity, RetryPolicy policy, Duration shutdownDeadline) {
    this.name = name;
    this.policy = policy;
    this.capacity = capacity;
    this.shutdownDeadline = shutdownDeadline;
    AtomicInteger count = new AtomicInteger();
    this.executor = new ScheduledThreadPoolExecutor(threads, task -> {
      Thread thread = new Thread(task, name.toLowerCase(java.util.Locale.ROOT) + "-replies-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    this.executor.setRemoveOnCancelPolicy(true);
  }

  public void countWith(DeliveryCounters counters) {
    this.counters = counters;
  }

  public RetryPolicy policy() {
    return policy;
  }

  /** Queues a reply in its own lane (no ordering with others), with no way to confirm a timed-out attempt. */
  public void submit(String what, Attempt attempt) {
    submit(null, what, attempt, Confirmation.UNKNOWN);
  }

  /**
   * Queues a reply behind the others in {@code lane} (null: a lane of its own). {@code what}
   * describes it in logs, method first, never message text or secrets.
   */
  public void submit(String lane, String what, Attempt attempt, Confirmation confirmation) {
    if (closing) {
      lose(what, "the bot is shutting down");
      return;
    }
    if (waiting.incrementAndGet() > capacity) {
      waiting.decrementAndGet();
      lose(what, capacity + " replies already waiting");
      return;
    }
    Reply reply = new Reply(what, attempt, confirmation, System.nanoTime() + policy.budget().toNanos());
    String key = lane == null ? "\u0000" + unique.incrementAndGet() : lane;
    Lane target;
    boolean start;
    synchronized (lanes) {
      target = lanes.computeIfAbsent(key, this::newLane);
      target.queue.add(reply);
      start = !target.busy;
      target.busy = true;
    }
    if (start) {
      schedule(target, target.pauseLeftNanos());
    }
  }

  /** Replies queued, being sent or waiting to be tried again. */
  public int pending() {
    return waiting.get();
  }

  public long sent() {
    return sent.get();
  }

  /** Replies that ended undelivered (or possibly delivered, unconfirmed); each was logged once. */
  public long failed() {
    return failed.get();
  }

  public boolean closing() {
    return closing;
  }

  @Override
  public void close() {
    close(shutdownDeadline);
  }

  /** Takes no more replies, lets queued ones finish until the deadline, and logs the rest as lost. */
  public void close(Duration deadline) {
    closingDeadlineNanos = System.nanoTime() + deadline.toNanos();
    closing = true;
    try {
      while (waiting.get() > 0 && System.nanoTime() < closingDeadlineNanos) {
        Thread.sleep(10);
      }
      executor.shutdownNow();
      executor.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    List<Reply> left = new ArrayList<>();
    synchronized (lanes) {
      lanes.values().forEach(lane -> left.addAll(lane.queue));
      lanes.clear();
    }
    left.forEach(reply -> end(reply, false, "not sent before shutdown"));
  }

  private void schedule(Lane lane, long delayNanos) {
    try {
      executor.schedule(() -> runHead(lane), Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      // shutting down: close() ends what is left
    }
  }

  private void runHead(Lane lane) {
    Reply reply;
    synchronized (lanes) {
      reply = lane.queue.peek();
    }
    if (reply == null) {
      return;
    }
    long next = attempt(lane, reply);
    if (next < 0) {
      advance(lane);
    } else {
      schedule(lane, next);
    }
  }

  /** Tries the reply once; returns the wait before trying it again, or -1 once it has ended. */
  private long attempt(Lane lane, Reply reply) {
    reply.attempts++;
    try {
      reply.attempt.send();
      end(reply, true, null);
      return -1;
    } catch (AttemptFailed.RateLimited e) {
      lane.pauseUntil(System.nanoTime() + e.retryAfter().toNanos());
      return retry(reply, e.retryAfter().toNanos(), e.getMessage());
    } catch (AttemptFailed.NotDelivered e) {
      return retry(reply, policy.backoff(reply.attempts).toNanos(), e.getMessage());
    } catch (AttemptFailed.MaybeDelivered e) {
      return confirm(reply, e.getMessage());
    } catch (AttemptFailed e) {
      end(reply, false, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      end(reply, false, "interrupted at shutdown");
    } catch (RuntimeException e) {
      end(reply, false, "unexpected " + e.getClass().getSimpleName() + ": " + LogText.of(e.getMessage()));
    }
    return -1;
  }

  private long confirm(Reply reply, String reason) {
    java.util.Optional<Boolean> delivered;
    try {
      delivered = reply.confirmation.delivered();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      delivered = java.util.Optional.empty();
    } catch (RuntimeException e) {
      delivered = java.util.Optional.empty();
    }
    if (delivered.isEmpty()) {
      end(reply, false, "possibly delivered, not sent again so it cannot appear twice (" + reason + ")");
      return -1;
    }
    if (delivered.get()) {
      LOG.info("{}: confirmed delivered after {}: {}", name, reason, reply.what);
      end(reply, true, null);
      return -1;
    }
    return retry(reply, policy.backoff(reply.attempts).toNanos(), reason + "; the service does not have it");
  }

  private long retry(Reply reply, long delayNanos, String reason) {
    long at = System.nanoTime() + delayNanos;
    if (at - reply.deadlineNanos > 0) {
      end(reply, false, reason + "; out of its " + policy.budget().toSeconds() + " s budget after " + reply.attempts
          + " attempts");
      return -1;
    }
    if (closing && at - closingDeadlineNanos > 0) {
      end(reply, false, reason + "; the next try would come after the shutdown deadline");
      return -1;
    }
    LOG.info("{}: retrying in {} ms: {} ({})", name, delayNanos / 1_000_000, reply.what, reason);
    counters.retried(method(reply.what));
    return delayNanos;
  }

  /** The head has ended: start the next reply in the lane, after any pause the lane is under, or retire the lane. */
  private void advance(Lane lane) {
    long delay;
    synchronized (lanes) {
      lane.queue.poll();
      if (lane.queue.isEmpty()) {
        lane.busy = false;
        lanes.remove(lane.key, lane);
        if (lane.pauseLeftNanos() > 0) {
          pauses.put(lane.key, lane.pausedUntilNanos);
        }
        return;
      }
      delay = lane.pauseLeftNanos();
    }
    schedule(lane, delay);
  }

  /** A lane for a key, still under the pause its last reply met; forgets pauses that are over. Guarded by the lanes map. */
  private Lane newLane(String key) {
    Lane lane = new Lane(key);
    Long pausedUntil = pauses.remove(key);
    if (pausedUntil != null) {
      lane.pauseUntil(pausedUntil);
    }
    if (pauses.size() > 1_000) {
      long now = System.nanoTime();
      pauses.values().removeIf(until -> until - now <= 0);
    }
    return lane;
  }

  /** Ends a reply once; a second end (a shutdown racing a late success) is ignored. */
  private void end(Reply reply, boolean delivered, String reason) {
    if (!reply.ended.compareAndSet(false, true)) {
      return;
    }
    waiting.decrementAndGet();
    if (delivered) {
      sent.incrementAndGet();
    } else {
      lose(reply.what, reason);
    }
  }

  private void lose(String what, String reason) {
    LOG.warn("{} reply lost ({}): {}", name, reason, what);
    counters.lost(method(what));
    failed.incrementAndGet();
  }

  private static String method(String what) {
    int space = what.indexOf(' ');
    return space < 0 ? what : what.substring(0, space);
  }

  /** Replies for one channel or conversation, sent one at a time. Guarded by the lanes map. */
  private static final class Lane {
    final String key;
    final ArrayDeque<Reply> queue = new ArrayDeque<>();
    boolean busy;
    volatile long pausedUntilNanos = System.nanoTime();

    Lane(String key) {
      this.key = key;
    }

    void pauseUntil(long nanos) {
      pausedUntilNanos = nanos;
    }

    long pauseLeftNanos() {
      return pausedUntilNanos - System.nanoTime();
    }
  }

  /** A reply on its way. */
  private static final class Reply {
    final String what;
    final Attempt attempt;
    final Confirmation confirmation;
    final long deadlineNanos;
    int attempts;
    final AtomicBoolean ended = new AtomicBoolean();

    Reply(String what, Attempt attempt, Confirmation confirmation, long deadlineNanos) {
      this.what = what;
      this.attempt = attempt;
      this.confirmation = confirmation;
      this.deadlineNanos = deadlineNanos;
    }
  }
}
