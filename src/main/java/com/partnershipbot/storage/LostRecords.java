package com.partnershipbot.storage;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts records that could not be stored, and says so in the log at most once a minute. */
final class LostRecords {
  private static final Logger LOG = LoggerFactory.getLogger(LostRecords.class);
  private static final long LOG_INTERVAL_NANOS = TimeUnit.MINUTES.toNanos(1);

  private final AtomicLong total = new AtomicLong();
  private final AtomicLong sinceLastLog = new AtomicLong();
  private final AtomicLong lastLog = new AtomicLong(System.nanoTime() - LOG_INTERVAL_NANOS);

  void lost(long count, String reason) {
    total.addAndGet(count);
    sinceLastLog.addAndGet(count);
    long now = System.nanoTime();
    long last = lastLog.get();
    if (now - last >= LOG_INTERVAL_NANOS && lastLog.compareAndSet(last, now)) {
      LOG.warn("Lost {} record(s) of questions, votes or reloads ({} since start): {}. Answers are not affected.",
          sinceLastLog.getAndSet(0), total.get(), reason);
    }
  }

  long total() {
    return total.get();
  }
}
