package com.partnershipbot.matching;

import com.partnershipbot.evaluation.EvalCase;
import com.partnershipbot.evaluation.EvalResult;
import com.partnershipbot.evaluation.EvalSet;
import com.partnershipbot.evaluation.EvalSummary;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.knowledge.FaqEntry;
import com.partnershipbot.knowledge.Knowledge;
import com.partnershipbot.knowledge.MatchingSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Searches the blend and the thresholds together on tuning sets: each question's evidence is
 * gathered once, then every blend and threshold is tried on it. Usage: {@code BlendSearch CONFIG
 * TUNE.tsv GUARD.tsv...}: the best in-scope top-1 on TUNE while TUNE and the pooled GUARD sets keep
 * their rejection and wrong-answer limits.
 */
final class BlendSearch {
  private BlendSearch() {}

  record Gathered(EvalCase evalCase, Evidence evidence, Candidate direct) {}

  public static void main(String[] args) throws Exception {
    Knowledge knowledge = new ConfigLoader().load(Path.of(args[0]));
    FaqMatcher matcher = TestMatching.factory().build(knowledge);
    List<Gathered> tune = gather(matcher, EvalSet.read(Path.of(args[1])));
    List<Gathered> guard = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      guard.addAll(gather(matcher, EvalSet.read(Path.of(args[i]))));
    }
    List<FaqEntry> entries = matcher.entries();
    double bestScore = -1;
    String best = "";
    for (double lexicalWeight : new double[] {0.3, 0.4, 0.5}) {
      for (double floor : new double[] {0.15, 0.2, 0.25}) {
        for (double ceiling : new double[] {0.8, 0.9}) {
          for (double offWeight : new double[] {1, 2, 3, 4}) {
            for (double slack : new double[] {-0.05, 0, 0.05, 0.1}) {
              for (double alone : new double[] {0.4, 0.5}) {
                Fusion fusion = new Fusion(lexicalWeight, floor, ceiling, offWeight, slack, alone);
                List<List<Candidate>> tuneRanked = rank(tune, fusion, entries);
                List<List<Candidate>> guardRanked = rank(guard, fusion, entries);
                for (double answer = 0.35; answer <= 0.601; answer += 0.025) {
                  for (double suggest : new double[] {0.35, 0.4, 0.45}) {
                    if (suggest > answer) {
                      continue;
                    }
                    MatchingSettings settings = new MatchingSettings(answer, Math.min(0.35, answer), 0.02, suggest);
                    EvalSummary t = summary(tune, tuneRanked, settings);
                    EvalSummary g = summary(guard, guardRanked, settings);
                    boolean ok = t.outOfScopeRejected() >= 0.94 && t.wrongAnswerRate() <= 0.018
                        && g.outOfScopeRejected() >= 0.94 && g.wrongAnswerRate() <= 0.018;
                    double score = t.inScopeTop1() + 0.5 * g.inScopeTop1();
                    if (ok && score > bestScore) {
                      bestScore = score;
                      best = fusion + String.format(" answer %.3f suggest %.2f%n  tune  %s%n  guard %s", answer, suggest,
                          Experiment.line(t), Experiment.line(g));
                      System.out.println(best);
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    System.out.println("BEST " + best);
  }

  private static List<Gathered> gather(FaqMatcher matcher, List<EvalCase> cases) {
    List<Gathered> out = new ArrayList<>();
    for (EvalCase c : cases) {
      List<Candidate> ranked = matcher.rank(c.question());
      boolean direct = ranked.size() == 1 && ranked.get(0).score() == 1.0;
      String text = com.partnershipbot.matching.QuestionText.clean(c.question());
      out.add(direct || text.isEmpty() ? new Gathered(c, null, ranked.isEmpty() ? null : ranked.get(0))
          : new Gathered(c, matcher.evidence(text), null));
    }
    return out;
  }

  private static List<List<Candidate>> rank(List<Gathered> cases, Fusion fusion, List<FaqEntry> entries) {
    List<List<Candidate>> out = new ArrayList<>();
    for (Gathered g : cases) {
      out.add(g.evidence() == null ? (g.direct() == null ? List.of() : List.of(g.direct()))
          : g.evidence().blendedBy(fusion).ranked(entries));
    }
    return out;
  }

  private static EvalSummary summary(List<Gathered> cases, List<List<Candidate>> ranked, MatchingSettings settings) {
    List<EvalResult> results = new ArrayList<>(cases.size());
    for (int i = 0; i < cases.size(); i++) {
      results.add(new EvalResult(cases.get(i).evalCase(), FaqMatcher.decide(ranked.get(i), settings, 3)));
    }
    return EvalSummary.of(results);
  }
}
