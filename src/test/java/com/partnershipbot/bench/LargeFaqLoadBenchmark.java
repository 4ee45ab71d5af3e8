package com.partnershipbot.bench;

import com.partnershipbot.testing.TempDirs;

import com.partnershipbot.matching.MatcherFactory;
import com.partnershipbot.matching.TestMatching;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.knowledge.Knowledge;
import com.partnershipbot.matching.BenchmarkMatchers;
import com.partnershipbot.matching.FaqMatcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A full load and index of a generated 10,000-answer FAQ: parse and validate every YAML file,
 * then build the matcher. "lexical" is Lucene alone; "fused-cold" encodes every sentence as on
 * first start; "fused-restart" is a start with the sentence vectors saved in the data directory by
 * an earlier run; "fused-reload" is a reload of unchanged files, where the vectors in memory apply.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class LargeFaqLoadBenchmark {
  @Param({"10000"})
  int entries;

  @Param({"lexical", "fused-reload", "fused-restart", "fused-cold"})
  String matcher;

  private Path dir;
  private Path dataDir;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    dir = GeneratedFaq.write(Files.createTempDirectory("large-faq"), entries);
    dataDir = Files.createTempDirectory("large-faq-data");
    if ("fused-reload".equals(matcher)) {
      TestMatching.factory().build(new ConfigLoader().load(dir));
    }
    if ("fused-restart".equals(matcher)) {
      BenchmarkMatchers.fusedRestart(new ConfigLoader().load(dir), dataDir);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    TempDirs.delete(dir);
    TempDirs.delete(dataDir);
  }

  @Benchmark
  public FaqMatcher loadAndIndex() throws Exception {
    Knowledge knowledge = new ConfigLoader().load(dir);
    return switch (matcher) {
      case "lexical" -> MatcherFactory.lexicalOnly().build(knowledge);
      case "fused-cold" -> BenchmarkMatchers.fusedCold(knowledge);
      case "fused-restart" -> BenchmarkMatchers.fusedRestart(knowledge, dataDir);
      default -> TestMatching.factory().build(knowledge);
    };
  }
}
