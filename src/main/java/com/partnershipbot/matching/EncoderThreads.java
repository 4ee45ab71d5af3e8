package com.partnershipbot.matching;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The few threads, one per core, on which every sentence is encoded, whichever thread asks.
 *
 * <p>The tokenizer and ONNX Runtime allocate native memory for each sentence, and the C allocator
 * gives each thread that does so an arena of its own, which keeps what it once needed. Run from
 * each of the web server's threads, that added up to hundreds of megabytes; run here, it is a few
 * arenas. With as many threads as cores nothing is lost: the encoder keeps a core busy, so more
 * sentences at once would only take turns. The hand-over costs microseconds; a sentence, a
 * millisecond or more.
 */
final class EncoderThreads {
  private static final String NAME = "sentence-encoder-";
  private static final ExecutorService THREADS = Executors.newFixedThreadPool(
      Math.max(1, Runtime.getRuntime().availableProcessors()), daemons());

  private EncoderThreads() {}

  /** {@code work}'s result, computed on an encoder thread (at once when the caller is one). */
  static <T> T run(Supplier<T> work) {
    if (Thread.currentThread().getName().startsWith(NAME)) {
      return work.get();
    }
    Future<T> result = THREADS.submit(work::get);
    try {
      return result.get();
    } catch (InterruptedException e) {
      result.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while a sentence was being encoded", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static java.util.concurrent.ThreadFactory daemons() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, NAME + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
