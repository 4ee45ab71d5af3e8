package com.partnershipbot.matching;

import com.partnershipbot.evaluation.EvalCase;
import com.partnershipbot.evaluation.EvalSet;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.knowledge.Knowledge;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the second opinion costs: CPU milliseconds per {@code match} over a set's questions, with and
 * without the second encoder, rounds interleaved after a warm-up, and the share of questions that
 * ask it. Usage: {@code EncoderCost CONFIG SET.tsv}. JMH's MatcherBenchmark measures more carefully.
 */
final class EncoderCost {
  private EncoderCost() {}

  public static void main(String[] args) throws Exception {
    Knowledge knowledge = new ConfigLoader().load(Path.of(args[0]));
    List<String> questions = EvalSet.read(Path.of(args[1])).stream().map(EvalCase::question).toList();
    FaqMatcher both = TestMatching.factory().build(knowledge);
    FaqMatcher first = MatcherFactory.with(TestMatching.encoder(), Optional.empty(), Optional.empty(), Tuning.DEFAULT)
        .build(knowledge);
    List<String> asking = questions.stream().filter(q -> !QuestionText.clean(q).isEmpty())
        .filter(q -> Tuning.SecondOpinion.DEFAULT.wanted(first.evidence(QuestionText.clean(q)).bestConfidence()))
        .toList();
    System.out.printf("%d of %d questions ask the second encoder%n", asking.size(), questions.size());
    for (int round = 0; round < 6; round++) {
      System.out.printf("round %d CPU ms per question: all: first alone %.2f, with second opinion %.2f;"
          + " those that ask: %.2f, %.2f%n", round, cpu(first, questions), cpu(both, questions), cpu(first, asking),
          cpu(both, asking));
    }
  }

  /** CPU time of this thread, which other processes on the machine do not inflate as they do wall time. */
  private static double cpu(FaqMatcher matcher, List<String> questions) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < 3; i++) {
      questions.forEach(matcher::match);
    }
    return (threads.getCurrentThreadCpuTime() - start) / 1e6 / (3.0 * questions.size());
  }
}
