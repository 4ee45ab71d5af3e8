package com.partnershipbot.bench;

import com.partnershipbot.testing.TempDirs;

import com.partnershipbot.matching.MatcherFactory;
import com.partnershipbot.matching.TestMatching;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.knowledge.Knowledge;
import com.partnershipbot.matching.BenchmarkMatchers;
import com.partnershipbot.matching.FaqMatcher;
import com.partnershipbot.matching.Match;
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
 * Time to match one question against a generated FAQ of 10,000 answers (see {@link GeneratedFaq}),
 * sampled for percentiles. The answer files are written to a temporary directory and loaded the
 * way the bot loads its own config.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class LargeFaqBenchmark {
  @Param({"10000"})
  int entries;

  @Param({"fused", "lexical"})
  String matcher;

  private Path dir;
  private FaqMatcher faq;
  private String[] questions;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    dir = GeneratedFaq.write(Files.createTempDirectory("large-faq"), entries);
    Knowledge knowledge = new ConfigLoader().load(dir);
    faq = "lexical".equals(matcher) ? MatcherFactory.lexicalOnly().build(knowledge) : TestMatching.factory().build(knowledge);
    questions = GeneratedFaq.questions(entries, 500).toArray(String[]::new);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    TempDirs.delete(dir);
  }

  @Benchmark
  public Match matchOneQuestion() {
    String question = questions[next];
    next = (next + 1) % questions.length;
    return faq.match(question);
  }

}
