package com.partnershipbot.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What one load run measured: latencies of the successful requests, errors, and throughput. */
record RunResult(String target, String mode, int sent, int errors, String firstError, long[] latencyNanos,
    double seconds, long serverCpuNanos) {

  static RunResult of(String target, String mode, int sent, int errors, String firstError, long[] latencies, int ok,
      double seconds) {
    long[] measured = Arrays.copyOf(latencies, ok);
    Arrays.sort(measured);
    return new RunResult(target, mode, sent, errors, firstError, measured, seconds, -1);
  }

  RunResult withServerCpu(long nanos) {
    return new RunResult(target, mode, sent, errors, firstError, latencyNanos, seconds, nanos);
  }

  /** Several slices of one target's load, as one run: requests and times add up. */
  static RunResult merge(List<RunResult> slices) {
    RunResult first = slices.get(0);
    long[] all = slices.stream().flatMapToLong(r -> Arrays.stream(r.latencyNanos())).sorted().toArray();
    String firstError = slices.stream().map(RunResult::firstError).filter(e -> e != null).findFirst().orElse(null);
    return new RunResult(first.target(), first.mode() + " x" + slices.size() + " slices",
        slices.stream().mapToInt(RunResult::sent).sum(), slices.stream().mapToInt(RunResult::errors).sum(), firstError,
        all, slices.stream().mapToDouble(RunResult::seconds).sum(),
        slices.stream().mapToLong(RunResult::serverCpuNanos).sum());
  }

  /** CPU the server's request threads spent per successful request, in microseconds. */
  double serverCpuMicrosPerRequest() {
    return serverCpuNanos < 0 || latencyNanos.length == 0 ? Double.NaN : serverCpuNanos / 1e3 / latencyNanos.length;
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
    return String.format(Locale.ROOT, "%-10s %-32s %8s %7s %9s %9s %9s %10s %14s",
        "target", "mode", "sent", "errors", "p50 ms", "p99 ms", "max ms", "req/s", "server CPU us");
  }

  String row() {
    return String.format(Locale.ROOT, "%-10s %-32s %8d %7d %9.2f %9.2f %9.2f %10.0f %14s%s",
        target, mode, sent, errors, percentileMillis(50), percentileMillis(99), maxMillis(), throughput(),
        Double.isNaN(serverCpuMicrosPerRequest()) ? "-" : String.format(Locale.ROOT, "%.0f", serverCpuMicrosPerRequest()),
        firstError == null ? "" : "  first error: " + firstError);
  }
}
