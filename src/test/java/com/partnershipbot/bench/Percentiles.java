package com.partnershipbot.bench;

import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/** Latency percentiles of the successful requests among some of a run's requests (-1 marks a failed one). */
final class Percentiles {
  private final long[] sortedNanos;

  private Percentiles(long[] sortedNanos) {
    this.sortedNanos = sortedNanos;
  }

  static Percentiles of(long[] latencies, IntPredicate include) {
    return new Percentiles(IntStream.range(0, latencies.length).filter(include).mapToLong(i -> latencies[i])
        .filter(latency -> latency >= 0).sorted().toArray());
  }

  double p50() {
    return millis(50);
  }

  double p99() {
    return millis(99);
  }

  double max() {
    return millis(100);
  }

  private double millis(double p) {
    if (sortedNanos.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
    return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", p50(), p99(), max());
  }
}
