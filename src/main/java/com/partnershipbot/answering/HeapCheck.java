package com.partnershipbot.answering;

import com.partnershipbot.knowledge.ConfigProblem;
import com.partnershipbot.knowledge.Knowledge;
import com.partnershipbot.knowledge.LoadReport;
import com.partnershipbot.matching.MatcherFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Refuses a config whose sentence vectors would not fit in the heap the bot was started with
 * (README's flags keep it small), so a FAQ grown to thousands of answers gets a message naming
 * {@code -Xmx} instead of an OutOfMemoryError halfway through a load.
 *
 * @param maxHeap the heap limit in bytes ({@code Runtime.maxMemory()})
 */
record HeapCheck(long maxHeap) {
  /** Share of the heap the vectors may take; the rest is for answering, Lucene and the web server. */
  static final double SHARE = 0.6;
  private static final long MB = 1024 * 1024;

  static HeapCheck of(long maxHeap) {
    return new HeapCheck(maxHeap);
  }

  /** The report as it was, or refused with one more problem when its vectors need more heap than there is. */
  LoadReport checked(LoadReport report, Path dir, MatcherFactory matchers) {
    if (report.knowledge().isEmpty() || maxHeap == Long.MAX_VALUE) {
      return report;
    }
    Knowledge knowledge = report.knowledge().get();
    long needed = matchers.heapForVectors(knowledge);
    if (needed <= SHARE * maxHeap) {
      return report;
    }
    List<ConfigProblem> problems = new ArrayList<>(report.problems());
    problems.add(ConfigProblem.error(dir.resolve("answers").toString(), 1, 1, String.format(Locale.ROOT,
        "not loaded: the %d answers need about %d MB of heap for their sentence vectors, more than the bot's "
            + "heap of %d MB allows; start it with a larger -Xmx (at least -Xmx%dm, docs/deployment.md#memory)",
        knowledge.entries().size(), needed / MB, maxHeap / MB, (long) Math.ceil(needed / SHARE / MB) + 64)));
    return new LoadReport(null, problems);
  }
}
