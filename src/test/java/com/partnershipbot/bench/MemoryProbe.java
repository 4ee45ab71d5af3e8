package com.partnershipbot.bench;

import com.sun.management.GarbageCollectorMXBean;
import com.sun.management.GcInfo;
import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The memory of another JVM on this machine: its resident set from /proc/PID/status, and its heap
 * through the JDK's local management agent (attached once, as jcmd does; no flags on the process).
 * "Heap after GC" is what the most recent collection left; "live heap" is what a full collection
 * requested by the probe leaves (as {@code jcmd PID GC.run} does), the figure that shows a leak:
 * with the serial collector a young collection leaves the old generation's garbage in place, so
 * "after GC" climbs between full collections even when nothing leaks.
 */
final class MemoryProbe implements AutoCloseable {
  private static final long MB = 1024 * 1024;

  private final long pid;
  private final JMXConnector connector;
  private final MemoryMXBean memory;
  private final ThreadMXBean threads;
  private final List<GarbageCollectorMXBean> collectors;

  /** One reading: sizes in MB, -1 when unknown. */
  record Sample(double seconds, long rssMb, long heapUsedMb, long heapCommittedMb, long heapAfterGcMb,
      long nonHeapMb, int threads, long collections) {}

  MemoryProbe(long pid) throws Exception {
    this.pid = pid;
    VirtualMachine vm = VirtualMachine.attach(String.valueOf(pid));
    String address;
    try {
      address = vm.startLocalManagementAgent();
    } finally {
      vm.detach();
    }
    connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
    MBeanServerConnection server = connector.getMBeanServerConnection();
    memory = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
    threads = ManagementFactory.newPlatformMXBeanProxy(server, ManagementFactory.THREAD_MXBEAN_NAME, ThreadMXBean.class);
    collectors = server.queryNames(new ObjectName(ManagementFactory.GARBAGE_COLLECTOR_MXBEAN_DOMAIN_TYPE + ",*"), null)
        .stream().map(name -> proxy(server, name)).toList();
  }

  Sample sample(double seconds) {
    MemoryUsage heap = memory.getHeapMemoryUsage();
    return new Sample(seconds, rssMb(pid), heap.getUsed() / MB, heap.getCommitted() / MB, heapAfterGcMb(),
        memory.getNonHeapMemoryUsage().getUsed() / MB, threads.getThreadCount(),
        collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum());
  }

  /** The heap in use right after a full collection the probe requests, in MB. */
  long liveHeapMb() {
    memory.gc();
    return memory.getHeapMemoryUsage().getUsed() / MB;
  }

  /** VmRSS of the process, in MB. */
  static long rssMb(long pid) {
    return statusMb(pid, "VmRSS:");
  }

  /** VmHWM of the process, in MB: the largest resident set it has had. */
  static long peakRssMb(long pid) {
    return statusMb(pid, "VmHWM:");
  }

  private static long statusMb(long pid, String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith(field)) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  private long heapAfterGcMb() {
    GcInfo latest = null;
    for (GarbageCollectorMXBean collector : collectors) {
      GcInfo info = collector.getLastGcInfo();
      if (info != null && (latest == null || info.getEndTime() > latest.getEndTime())) {
        latest = info;
      }
    }
    if (latest == null) {
      return -1;
    }
    return latest.getMemoryUsageAfterGc().entrySet().stream()
        .filter(pool -> isHeapPool(pool.getKey()))
        .mapToLong(pool -> pool.getValue().getUsed()).sum() / MB;
  }

  private static boolean isHeapPool(String name) {
    return name.contains("Eden") || name.contains("Survivor") || name.contains("Old") || name.contains("Tenured");
  }

  private static GarbageCollectorMXBean proxy(MBeanServerConnection server, ObjectName name) {
    try {
      return ManagementFactory.newPlatformMXBeanProxy(server, name.toString(), GarbageCollectorMXBean.class);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    connector.close();
  }
}
