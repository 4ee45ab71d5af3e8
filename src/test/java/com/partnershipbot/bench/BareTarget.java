package com.partnershipbot.bench;

/** The bare Bolt app under load, wherever it runs: its port, and the CPU it has used so far. */
interface BareTarget extends AutoCloseable {
  int port();

  long cpuNanos();

  /** What {@link #cpuNanos} counts, for the report. */
  String cpuScope();
}
