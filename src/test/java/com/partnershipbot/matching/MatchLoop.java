package com.partnershipbot.matching;

import com.partnershipbot.evaluation.EvalCase;
import com.partnershipbot.evaluation.EvalSet;
import com.partnershipbot.knowledge.ConfigLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Matches every question of the given sets a few times on one thread, for profiling: {@code MatchLoop CONFIG SET.tsv...}. */
final class MatchLoop {
  private MatchLoop() {}

  public static void main(String[] args) throws Exception {
    FaqMatcher matcher = (System.getProperty("firstOnly") != null ? TestMatching.firstEncoderOnly() : TestMatching.factory()).build(new ConfigLoader().load(Path.of(args[0])));
    List<String> questions = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      EvalSet.read(Path.of(args[i])).stream().map(EvalCase::question).forEach(questions::add);
    }
    for (int round = 0; round < Integer.getInteger("rounds", 4); round++) {
      long start = System.nanoTime();
      for (String question : questions) {
        matcher.match(question);
      }
      System.out.printf("round %d: %.3f ms per question over %d%n", round,
          (System.nanoTime() - start) / 1e6 / questions.size(), questions.size());
    }
  }
}
