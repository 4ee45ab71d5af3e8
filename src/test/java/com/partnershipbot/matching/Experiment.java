package com.partnershipbot.matching;

import com.partnershipbot.evaluation.EvalCase;
import com.partnershipbot.evaluation.EvalResult;
import com.partnershipbot.evaluation.EvalSet;
import com.partnershipbot.evaluation.EvalSummary;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.knowledge.Knowledge;
import com.partnershipbot.knowledge.MatchingSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * For tuning the matcher on a tuning set: prints every miss with its candidates, the summary at the
 * shipped thresholds, and the summaries around them. Usage: {@code Experiment CONFIG_DIR SET.tsv...};
 * {@code -DfirstOnly=1} leaves the second encoder out; {@code -Dper=1} prints one summary line per set instead.
 */
final class Experiment {
  private Experiment() {}

  public static void main(String[] args) throws Exception {
    Knowledge knowledge = new ConfigLoader().load(Path.of(args[0]));
    FaqMatcher matcher = (System.getProperty("firstOnly") != null ? TestMatching.firstEncoderOnly()
        : TestMatching.factory()).build(knowledge);
    if (System.getProperty("per") != null) {
      for (int i = 1; i < args.length; i++) {
        List<EvalResult> rs = new ArrayList<>();
        for (EvalCase c : EvalSet.read(Path.of(args[i]))) {
          rs.add(new EvalResult(c, matcher.match(c.question())));
        }
        System.out.printf("%-26s %s%n", Path.of(args[i]).getFileName(), line(EvalSummary.of(rs)));
      }
      return;
    }
    List<EvalCase> cases = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      cases.addAll(EvalSet.read(Path.of(args[i])));
    }
    List<EvalResult> results = new ArrayList<>();
    for (EvalCase c : cases) {
      EvalResult result = new EvalResult(c, matcher.match(c.question()));
      results.add(result);
      if (!result.isRight()) {
        System.out.println(miss(result));
        if (System.getProperty("explain") != null) {
          matcher.explain(c.question()).forEach(line -> System.out.println("      " + line));
        }
      }
    }
    System.out.println("shipped: " + line(EvalSummary.of(results)));
    if (System.getProperty("sweep") != null) {
      sweep(Calibration.rank(matcher, cases), knowledge.settings().matching());
    }
  }

  private static void sweep(List<Calibration.RankedCase> ranked, MatchingSettings shipped) {
    for (double answer = 0.40; answer <= 0.651; answer += 0.025) {
      for (double suggest : new double[] {0.40, 0.45, 0.50}) {
        if (suggest > answer) {
          continue;
        }
        MatchingSettings settings = new MatchingSettings(answer, Math.min(shipped.clarifyThreshold(), answer),
            shipped.clarifyMargin(), suggest);
        System.out.printf("answer %.3f suggest %.2f: %s%n", answer, suggest, line(Calibration.summary(ranked, settings)));
      }
    }
  }

  private static String miss(EvalResult r) {
    Match m = r.match();
    String expected = r.evalCase().inScope() ? String.join("|", r.evalCase().accepted()) : "none";
    return String.format("MISS %-24s got %-9s %-16s [%s]%s  %s", expected, m.outcome(), m.id() == null ? "" : m.id(),
        m.candidates().stream().map(c -> c.id() + " " + c.score()).collect(Collectors.joining(", ")),
        m.offTopicKind().map(k -> " {" + k + "}").orElse(""), r.evalCase().question());
  }

  static String line(EvalSummary s) {
    return String.format("n=%d top1 %.1f%% top1|clar %.1f%% rejected %.1f%% clarify %.1f%% suggest %.1f%% wrong %.1f%%",
        s.total(), 100 * s.inScopeTop1(), 100 * s.inScopeTop1OrClarify(), 100 * s.outOfScopeRejected(),
        100 * s.clarifyRate(), 100 * s.suggestRate(), 100 * s.wrongAnswerRate());
  }
}
