package com.partnershipbot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * CPU time used so far by the servers' request threads (Jetty's "http-" pool), which, unlike
 * throughput, hardly depends on what else the machine is running at the time.
 */
final class ServerCpu {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ServerCpu() {}

  static long nanos() {
    long total = 0;
    for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith("http-")) {
        long cpu = THREADS.getThreadCpuTime(info.getThreadId());
        total += Math.max(0, cpu);
      }
    }
    return total;
  }
}
