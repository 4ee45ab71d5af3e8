package com.partnershipbot.bench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Two ways to load a target over loopback. Open loop sends at a fixed rate whatever the replies
 * do, and measures each latency from when the request was due, so a stalled server shows up in
 * the numbers instead of slowing the load (no coordinated omission). Closed loop keeps a fixed
 * number of requests in flight to find the most the target can serve.
 */
final class LoadRun {
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private LoadRun() {}

  static RunResult openLoop(String target, SignedCommands commands, int ratePerSecond, Duration duration)
      throws InterruptedException {
    int total = Math.toIntExact(ratePerSecond * duration.toSeconds());
    long[] latencies = new long[total];
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicReference<String> firstError = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(total);
    ExecutorService callbacks = Executors.newFixedThreadPool(2);
    HttpClient http = HttpClient.newBuilder().executor(callbacks).version(HttpClient.Version.HTTP_1_1).build();
    long period = 1_000_000_000L / ratePerSecond;
    long start = System.nanoTime();
    for (int i = 0; i < total; i++) {
      long due = start + i * period;
      waitUntil(due);
      http.sendAsync(commands.next(), HttpResponse.BodyHandlers.ofString())
          .whenComplete((response, failure) -> {
            long latency = System.nanoTime() - due;
            if (failure == null && response.statusCode() == 200) {
              latencies[ok.getAndIncrement()] = latency;
            } else {
              errors.incrementAndGet();
              firstError.compareAndSet(null, failure != null ? failure.toString() : "HTTP " + response.statusCode());
            }
            done.countDown();
          });
    }
    done.await(REQUEST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
    double seconds = (System.nanoTime() - start) / 1e9;
    callbacks.shutdownNow();
    return RunResult.of(target, "open loop " + ratePerSecond + "/s", total, errors.get(), firstError.get(), latencies, ok.get(), seconds);
  }

  static RunResult closedLoop(String target, SignedCommands commands, int concurrency, Duration duration)
      throws InterruptedException {
    return closedLoop(target, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), commands,
        concurrency, duration, ServerCpu::nanos);
  }

  /** {@code serverCpu} tells the CPU time the target has used so far, in nanoseconds. */
  static RunResult closedLoop(String target, HttpClient http, SignedCommands commands, int concurrency,
      Duration duration, LongSupplier serverCpu) throws InterruptedException {
    long cpuBefore = serverCpu.getAsLong();
    long end = System.nanoTime() + duration.toNanos();
    int capacity = 200_000 * Math.max(1, (int) duration.toSeconds());
    long[] latencies = new long[capacity];
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicInteger sent = new AtomicInteger();
    AtomicReference<String> firstError = new AtomicReference<>();
    Thread[] users = new Thread[concurrency];
    long start = System.nanoTime();
    for (int u = 0; u < concurrency; u++) {
      users[u] = new Thread(() -> {
        while (System.nanoTime() < end && sent.get() < capacity) {
          sent.incrementAndGet();
          long began = System.nanoTime();
          try {
            HttpResponse<String> response = http.send(commands.next(),
                HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
              int slot = ok.getAndIncrement();
              if (slot < capacity) {
                latencies[slot] = System.nanoTime() - began;
              }
            } else {
              errors.incrementAndGet();
              firstError.compareAndSet(null, "HTTP " + response.statusCode());
            }
          } catch (Exception e) {
            errors.incrementAndGet();
            firstError.compareAndSet(null, e.toString());
          }
        }
      }, "bench-user-" + u);
      users[u].start();
    }
    for (Thread user : users) {
      user.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int measured = Math.min(ok.get(), capacity);
    return RunResult.of(target, "closed loop x" + concurrency, sent.get(), errors.get(), firstError.get(), latencies,
        measured, seconds).withServerCpu(serverCpu.getAsLong() - cpuBefore);
  }

  static void waitUntil(long due) {
    long wait;
    while ((wait = due - System.nanoTime()) > 0) {
      LockSupport.parkNanos(wait);
    }
  }
}
