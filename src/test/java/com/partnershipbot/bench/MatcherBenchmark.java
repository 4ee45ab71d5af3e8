package com.partnershipbot.bench;

import com.partnershipbot.matching.MatcherFactory;
import com.partnershipbot.matching.TestMatching;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.knowledge.Knowledge;
import com.partnershipbot.matching.BenchmarkMatchers;
import com.partnershipbot.evaluation.EvalCase;
import com.partnershipbot.evaluation.EvalSet;
import com.partnershipbot.matching.FaqMatcher;
import com.partnershipbot.matching.Match;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to match one question against the shipped FAQ, sampled so that JMH reports percentiles.
 * The questions are every line of the three evaluation sets, shuffled: typos, paraphrases,
 * long messages and off-topic questions alike. Run from the project root (see docs/performance.md).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class MatcherBenchmark {
  /** fused: as shipped; first-encoder: without the second opinion; lexical: Lucene alone. */
  @Param({"fused", "first-encoder", "lexical"})
  String matcher;

  private FaqMatcher faq;
  private String[] questions;
  private int next;

  @Setup
  public void setUp() throws Exception {
    Knowledge knowledge = new ConfigLoader().load(Path.of("bot-config"));
    faq = switch (matcher) {
      case "lexical" -> MatcherFactory.lexicalOnly().build(knowledge);
      case "first-encoder" -> TestMatching.firstEncoderOnly().build(knowledge);
      default -> TestMatching.factory().build(knowledge);
    };
    List<String> all = new ArrayList<>();
    for (String set : List.of("eval.tsv", "holdout.tsv", "fresh.tsv")) {
      EvalSet.read(Path.of("src/test/resources/eval", set)).stream().map(EvalCase::question).forEach(all::add);
    }
    Collections.shuffle(all, new Random(1));
    questions = all.toArray(String[]::new);
  }

  @Benchmark
  public Match matchOneQuestion() {
    String question = questions[next];
    next = (next + 1) % questions.length;
    return faq.match(question);
  }
}
