package com.partnershipbot.matching;

import com.partnershipbot.knowledge.Knowledge;
import java.nio.file.Path;

/** Matcher variants for the benchmarks, which live in another package. */
public final class BenchmarkMatchers {
  private BenchmarkMatchers() {}

  /** Lucene alone, as if the sentence encoder could not run. */
  public static FaqMatcher lexicalOnly(Knowledge knowledge) {
    return FaqMatcher.build(knowledge, null, Fusion.DEFAULT);
  }

  /** The shipped blend, with a cache of its own: every sentence is encoded afresh, as on first start. */
  public static FaqMatcher fusedCold(Knowledge knowledge) {
    return FaqMatcher.build(knowledge, new VectorCache(Semantics.shared().orElseThrow().embedder()), Fusion.DEFAULT);
  }

  /**
   * The shipped blend as a restarted process builds it: nothing in memory, the vectors saved in
   * {@code dataDir} by an earlier run (or encoded and saved there, the first time).
   */
  public static FaqMatcher fusedRestart(Knowledge knowledge, Path dataDir) {
    VectorCache fresh = new VectorCache(Semantics.shared().orElseThrow().embedder());
    return FaqMatcher.build(knowledge, fresh.savedIn(dataDir.resolve(VectorFile.NAME)), Fusion.DEFAULT);
  }
}
