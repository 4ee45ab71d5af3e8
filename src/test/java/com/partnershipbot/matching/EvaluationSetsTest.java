package com.partnershipbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The evaluation sets run through the shipped matcher. The floors sit just under the figures
 * measured when the matcher last changed (README, "Matching"); a change that lowers quality
 * fails here. fresh.tsv was written before tuning and is never tuned against.
 */
class EvaluationSetsTest {
  private static final Path EVAL = Path.of("src/test/resources/eval");

  @Test
  void ownSetIsBigAndVariedEnough() throws Exception {
    List<EvalCase> cases = EvalSet.read(EVAL.resolve("eval.tsv"));

    assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
    assertThat(cases.stream().filter(c -> !c.inScope()).count()).isGreaterThanOrEqualTo(30);
  }

  @Test
  void evalSetStaysAboveItsFloors() throws Exception {
    EvalSummary summary = run("eval.tsv");

    assertThat(summary.inScopeTop1()).isGreaterThanOrEqualTo(0.78);
    assertThat(summary.outOfScopeRejected()).isGreaterThanOrEqualTo(0.92);
    assertThat(summary.wrongAnswerRate()).isLessThanOrEqualTo(0.015);
  }

  @Test
  void holdoutSetStaysAboveItsFloors() throws Exception {
    EvalSummary summary = run("holdout.tsv");

    assertThat(summary.inScopeTop1()).isGreaterThanOrEqualTo(0.65);
    assertThat(summary.outOfScopeRejected()).isGreaterThanOrEqualTo(0.85);
    assertThat(summary.wrongAnswerRate()).isLessThanOrEqualTo(0.03);
  }

  @Test
  void freshSetStaysAboveItsFloors() throws Exception {
    EvalSummary summary = run("fresh.tsv");

    assertThat(summary.inScopeTop1()).isGreaterThanOrEqualTo(0.77);
    assertThat(summary.outOfScopeRejected()).isGreaterThanOrEqualTo(0.88);
    assertThat(summary.wrongAnswerRate()).isLessThanOrEqualTo(0.025);
  }

  private static EvalSummary run(String set) throws Exception {
    return EvalSummary.of(Evaluation.run(Matchers.shipped(), EvalSet.read(EVAL.resolve(set))));
  }
}
