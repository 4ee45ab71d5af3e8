package com.partnershipbot.slack;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends replies off the request thread, so every Slack request is acknowledged at once.
 *
 * <p>At most {@code capacity} replies wait at a time. A rate-limited reply is tried again after
 * the Retry-After Slack gave, and a network error after a short back-off, up to
 * {@code maxAttempts} tries in all. Every reply ends exactly once: sent, or logged and counted as
 * failed (never silently dropped). {@link #close(Duration)} takes no new replies, lets waiting ones
 * finish (retries too, when they fall before the deadline) and logs what is left as lost.
 */
final class ReplyQueue implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReplyQueue.class);
  static final Duration MAX_RETRY_DELAY = Duration.ofSeconds(60);

  private final ScheduledThreadPoolExecutor executor;
  private final int capacity;
  private final int maxAttempts;
  private final Duration shutdownDeadline;
  private final Set<Pending> pending = ConcurrentHashMap.newKeySet();
  private final AtomicInteger waiting = new AtomicInteger();
  private final AtomicLong sent = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private volatile Instant closingDeadline;
  private volatile SlackApiCounters counters = SlackApiCounters.NONE;

  ReplyQueue(int threads, int capacity, int maxAttempts, Duration shutdownDeadline) {
    this.executor = new ScheduledThreadPoolExecutor(threads, daemonThreads());
    this.executor.setRemoveOnCancelPolicy(true);
    this.capacity = capacity;
    this.maxAttempts = maxAttempts;
    this.shutdownDeadline = shutdownDeadline;
  }

  void countWith(SlackApiCounters counters) {
    this.counters = counters;
  }

  /** Queues a reply; {@code what} describes it in logs (no message text, no secrets), method first. */
  void submit(String what, Delivery delivery) {
    Pending reply = new Pending(what, delivery);
    if (closingDeadline != null) {
      lose(what, "the bot is shutting down");
      return;
    }
    if (waiting.incrementAndGet() > capacity) {
      waiting.decrementAndGet();
      lose(what, capacity + " replies already waiting");
      return;
    }
    pending.add(reply);
    schedule(reply, 1, Duration.ZERO);
  }

  /** Replies waiting: queued, being sent, or waiting to be retried. */
  int pending() {
    return waiting.get();
  }

  /** True once {@link #close(Duration)} has begun. */
  boolean closing() {
    return closingDeadline != null;
  }

  /** Replies Slack accepted. */
  long sent() {
    return sent.get();
  }

  /** Replies that were finally given up on: refused, rate limited too often, queue full, or shut down. */
  long failed() {
    return failed.get();
  }

  @Override
  public void close() {
    close(shutdownDeadline);
  }

  /** Takes no more replies, lets waiting ones finish until the deadline, and logs the rest as lost. */
  void close(Duration deadline) {
    closingDeadline = Instant.now().plus(deadline);
    try {
      while (waiting.get() > 0 && Instant.now().isBefore(closingDeadline)) {
        Thread.sleep(10);
      }
      executor.shutdownNow();
      executor.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    List.copyOf(pending).forEach(reply -> end(reply, false, "not sent before shutdown"));
  }

  private void schedule(Pending reply, int attempt, Duration delay) {
    try {
      executor.schedule(() -> attempt(reply, attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      end(reply, false, "the bot is shutting down");
    }
  }

  private void attempt(Pending reply, int attempt) {
    try {
      reply.delivery().deliver();
      end(reply, true, null);
    } catch (RateLimitedException e) {
      retryOrFail(reply, attempt, e.retryAfter(), e.getMessage());
    } catch (IOException e) {
      retryOrFail(reply, attempt, Duration.ofSeconds(attempt), e.toString());
    } catch (DeliveryFailedException e) {
      end(reply, false, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      end(reply, false, "interrupted at shutdown");
    } catch (Exception e) {
      LOG.error("Unexpected error sending {}", reply.what(), e);
      end(reply, false, e.toString());
    }
  }

  private void retryOrFail(Pending reply, int attempt, Duration retryAfter, String reason) {
    Duration delay = retryAfter.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : retryAfter;
    if (attempt >= maxAttempts) {
      end(reply, false, reason + ", after " + attempt + " attempts");
      return;
    }
    Instant deadline = closingDeadline;
    if (deadline != null && Instant.now().plus(delay).isAfter(deadline)) {
      end(reply, false, reason + "; the retry would come after the shutdown deadline");
      return;
    }
    LOG.info("Retrying in {} s: {} ({})", delay.toSeconds(), reply.what(), reason);
    counters.retried(method(reply.what()));
    schedule(reply, attempt + 1, delay);
  }

  /** Ends a reply once: whoever removes it from {@code pending} first decides its outcome. */
  private void end(Pending reply, boolean delivered, String reason) {
    if (!pending.remove(reply)) {
      return;
    }
    waiting.decrementAndGet();
    if (delivered) {
      sent.incrementAndGet();
    } else {
      lose(reply.what(), reason);
    }
  }

  private void lose(String what, String reason) {
    failed.incrementAndGet();
    LOG.warn("Reply lost ({}): {}", reason, what);
    counters.lost(method(what));
  }

  /** The Web API method a reply description starts with. */
  private static String method(String what) {
    int space = what.indexOf(' ');
    return space < 0 ? what : what.substring(0, space);
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "slack-replies-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** A reply on its way; identity matters, not equality. */
  private static final class Pending {
    private final String what;
    private final Delivery delivery;

    Pending(String what, Delivery delivery) {
      this.what = what;
      this.delivery = delivery;
    }

    String what() {
      return what;
    }

    Delivery delivery() {
      return delivery;
    }
  }
}
