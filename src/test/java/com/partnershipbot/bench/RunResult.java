package com.partnershipbot.bench;

import java.util.Arrays;
import java.util.Locale;

/** What one load run measured: latencies of the successful requests, errors, and throughput. */
record RunResult(String target, String mode, int sent, int errors, String firstError, long[] latencyNanos,
    double seconds) {

  static RunResult of(String target, String mode, int sent, int errors, String firstError, long[] latencies, int ok,
      double seconds) {
    long[] measured = Arrays.copyOf(latencies, ok);
    Arrays.sort(measured);
    return new RunResult(target, mode, sent, errors, firstError, measured, seconds);
  }

  double throughput() {
    return latencyNanos.length / seconds;
  }

  double percentileMillis(double p) {
    if (latencyNanos.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * latencyNanos.length) - 1;
    return latencyNanos[Math.max(0, Math.min(index, latencyNanos.length - 1))] / 1e6;
  }

  double maxMillis() {
    return latencyNanos.length == 0 ? Double.NaN : latencyNanos[latencyNanos.length - 1] / 1e6;
  }

  static String header() {
    return String.format(Locale.ROOT, "%-10s %-22s %8s %7s %9s %9s %9s %10s",
        "target", "mode", "sent", "errors", "p50 ms", "p99 ms", "max ms", "req/s");
  }

  String row() {
    return String.format(Locale.ROOT, "%-10s %-22s %8d %7d %9.2f %9.2f %9.2f %10.0f%s",
        target, mode, sent, errors, percentileMillis(50), percentileMillis(99), maxMillis(), throughput(),
        firstError == null ? "" : "  first error: " + firstError);
  }
}
