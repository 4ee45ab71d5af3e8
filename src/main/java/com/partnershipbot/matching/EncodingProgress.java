package com.partnershipbot.matching;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells in the log how a long encoding goes: an estimate of its length once the first sentences
 * are done, then the count and the time left every few seconds, then the total.
 */
final class EncodingProgress {
  private static final Logger LOG = LoggerFactory.getLogger(EncodingProgress.class);
  private static final long EVERY_NANOS = 5_000_000_000L;

  private final String model;
  private final int total;
  private final long started = System.nanoTime();
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicLong lastLogged = new AtomicLong(started);

  EncodingProgress(String model, int total) {
    this.model = model;
    this.total = total;
  }

  /** After the first {@code sample} sentences: how long all of them will take at this pace. */
  void estimate(int sample) {
    done.set(sample);
    LOG.info("Encoding {} sentences {} has not seen before: about {} s on this machine, once; the next start reads "
        + "them from the data directory", total, model, Math.round(secondsLeft() + seconds()));
  }

  /** One more sentence done; logs the count every few seconds. */
  void encodedOne() {
    int count = done.incrementAndGet();
    long now = System.nanoTime();
    long last = lastLogged.get();
    if (now - last >= EVERY_NANOS && lastLogged.compareAndSet(last, now)) {
      LOG.info("Encoded {} of {} sentences with {} ({} %), about {} s left", count, total, model,
          100L * count / total, Math.round(secondsLeft()));
    }
  }

  void finished() {
    LOG.info("Encoded {} sentences with {} in {} s", total, model, Math.round(seconds()));
  }

  private double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }

  private double secondsLeft() {
    int count = Math.max(1, done.get());
    return seconds() / count * (total - count);
  }
}
