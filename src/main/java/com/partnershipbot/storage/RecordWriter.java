package com.partnershipbot.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Takes records off the request path: callers only put them in a bounded queue, and one writer
 * thread stores them in batches. A batch waits a few milliseconds to fill, so that at a high rate
 * one transaction carries hundreds of records and the writer takes little from the cores that
 * answer. A full queue or a database that is down loses records (counted and logged), never an
 * answer.
 */
final class RecordWriter implements AutoCloseable {
  static final int CAPACITY = 10_000;
  private static final int BATCH = 500;
  private static final long CLOSE_WAIT_MILLIS = 5_000;
  /** How long a batch waits to fill: short next to anyone reading the records, long next to a question. */
  private static final long GATHER_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
  private static final long GATHER_STEP_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

  private final Database database;
  private final BlockingQueue<StoredRecord> queue;
  private final LostRecords lost;
  private final Thread thread;
  private volatile boolean running = true;
  /** Records taken off the queue and not yet written (or counted lost). */
  private volatile int inHand;
  private UserKeys userKeys;

  RecordWriter(Database database, int capacity, LostRecords lost) {
    this.database = database;
    this.queue = new ArrayBlockingQueue<>(capacity);
    this.lost = lost;
    this.thread = new Thread(this::run, "record-writer");
    this.thread.setDaemon(true);
    this.thread.start();
  }

  /** Never blocks: when the queue is full the record is counted as lost. */
  void offer(StoredRecord record) {
    if (!running || !queue.offer(record)) {
      lost.lost(1, running ? "the write queue is full (the database is slow or down)" : "the bot is stopping");
    }
  }

  /** Records waiting to be written, queued or in the batch being written (for tests and status). */
  int pending() {
    return queue.size() + inHand;
  }

  private void run() {
    while (running || !queue.isEmpty()) {
      try {
        StoredRecord first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first != null) {
          List<StoredRecord> batch = new ArrayList<>(BATCH);
          batch.add(first);
          inHand = 1;
          gather(batch);
          write(batch);
          inHand = 0;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /**
   * Adds what is queued, and what arrives within {@link #GATHER_NANOS}, up to a full batch; when
   * interrupted (stopping), the batch is written as it is. It looks at the queue every
   * {@link #GATHER_STEP_NANOS} rather than waiting on it, so that answering threads putting
   * records in do not wake this thread for each one.
   */
  private void gather(List<StoredRecord> batch) {
    long deadline = System.nanoTime() + GATHER_NANOS;
    queue.drainTo(batch, BATCH - batch.size());
    inHand = batch.size();
    long wait;
    while (running && batch.size() < BATCH && (wait = deadline - System.nanoTime()) > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(Math.min(wait, GATHER_STEP_NANOS));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      queue.drainTo(batch, BATCH - batch.size());
      inHand = batch.size();
    }
  }

  private void write(List<StoredRecord> batch) {
    try (Connection connection = database.connection()) {
      if (userKeys == null) {
        userKeys = UserKeys.load(connection);
      }
      RecordBatch.write(connection, userKeys, batch);
    } catch (SQLException | RuntimeException e) {
      lost.lost(batch.size(), "cannot write to " + database.settings().description() + ": "
          + StorageUnavailableException.reason(e));
    }
  }

  /** Stops taking records and writes what is queued, waiting a few seconds at most. */
  @Override
  public void close() {
    running = false;
    try {
      thread.join(CLOSE_WAIT_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    thread.interrupt();
    int left = queue.size();
    if (left > 0) {
      queue.clear();
      lost.lost(left, "the bot stopped before they were written");
    }
  }
}
