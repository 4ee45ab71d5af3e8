package com.partnershipbot.matching;

import com.partnershipbot.knowledge.Knowledge;
import java.nio.file.Path;

/** Matcher variants for the benchmarks, which live in another package. */
public final class BenchmarkMatchers {
  private BenchmarkMatchers() {}

  /** Lucene alone, as if the sentence encoder could not run. */
  public static FaqMatcher lexicalOnly(Knowledge knowledge) {
    return MatcherFactory.lexicalOnly().build(knowledge);
  }

  /** The shipped blend, with a cache of its own: every sentence is encoded afresh, as on first start. */
  public static FaqMatcher fusedCold(Knowledge knowledge) {
    return TestMatching.cold().build(knowledge);
  }

  /**
   * The shipped blend as a restarted process builds it: nothing in memory, the vectors saved in
   * {@code dataDir} by an earlier run (or encoded and saved there, the first time).
   */
  public static FaqMatcher fusedRestart(Knowledge knowledge, Path dataDir) {
    return TestMatching.factory(dataDir).build(knowledge);
  }
}
