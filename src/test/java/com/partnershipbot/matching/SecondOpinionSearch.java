package com.partnershipbot.matching;

import com.partnershipbot.evaluation.EvalCase;
import com.partnershipbot.evaluation.EvalResult;
import com.partnershipbot.evaluation.EvalSet;
import com.partnershipbot.evaluation.EvalSummary;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.knowledge.FaqEntry;
import com.partnershipbot.knowledge.Knowledge;
import com.partnershipbot.knowledge.MatchingSettings;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Measures whether the second sentence encoder (e5-small-v2) pays where the shipped one is unsure,
 * and how it is best mixed in. Usage: {@code SecondOpinionSearch CONFIG TUNE.tsv GUARD.tsv...}. Each question's
 * evidence is gathered once with each encoder; then the second encoder's similarities are mixed
 * into the first's, for questions in an uncertain band only, and the outcomes summarised.
 */
final class SecondOpinionSearch {
  private SecondOpinionSearch() {}

  record Gathered(EvalCase evalCase, Evidence first, Evidence second, Candidate direct) {}

  public static void main(String[] args) throws Exception {
    Knowledge knowledge = new ConfigLoader().load(Path.of(args[0]));
    MatchingSettings settings = knowledge.settings().matching();
    MatcherFactory alone = MatcherFactory.with(TestMatching.encoder(), Optional.empty(), Optional.empty(),
        Tuning.DEFAULT);
    FaqMatcher first = alone.build(knowledge);
    FaqMatcher second = MatcherFactory.with(TestMatching.second(), Optional.empty(), Optional.empty(), Tuning.DEFAULT)
        .build(knowledge);
    List<FaqEntry> entries = first.entries();
    List<Gathered> tune = gather(first, second, EvalSet.read(Path.of(args[1])));
    List<List<Gathered>> guards = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      guards.add(gather(first, second, EvalSet.read(Path.of(args[i]))));
    }
    similarityReport(tune, entries);
    System.out.println("baseline (first alone):");
    report(tune, guards, g -> first(g, entries), settings);
    double[] floors = doubles("floors", "0.65,0.7,0.75");
    double[] ceilings = doubles("ceilings", "0.9,0.95");
    for (double floor : floors) {
      for (double ceiling : ceilings) {
        Fusion e5 = new Fusion(0.4, floor, ceiling, 4, 0.1, 0.5);
        System.out.printf("second alone floor %.2f ceiling %.2f:%n", floor, ceiling);
        report(tune, guards, g -> g.second() == null ? first(g, entries) : g.second().blendedBy(e5).ranked(entries),
            settings);
      }
    }
    for (double floor : floors) {
      for (double ceiling : ceilings) {
        for (double share : new double[] {0.3, 0.5, 0.7}) {
          for (double[] band : new double[][] {{0, 1.01}, {0.25, 0.6}, {0.3, 0.55}, {0.35, 0.65}}) {
            Tuning.SecondOpinion mix = new Tuning.SecondOpinion(band[0], band[1], share, floor, ceiling);
            System.out.println(mix + ":");
            report(tune, guards, g -> mixed(g, mix, entries), settings);
          }
        }
      }
    }
  }

  /** A comma-separated list of numbers from a system property, or the default. */
  private static double[] doubles(String property, String fallback) {
    return java.util.Arrays.stream(System.getProperty(property, fallback).split(",")).mapToDouble(Double::parseDouble)
        .toArray();
  }

  /** As the matcher mixes the second encoder's evidence into the first's. */
  static List<Candidate> mixed(Gathered g, Tuning.SecondOpinion how, List<FaqEntry> entries) {
    if (g.second() == null || !how.wanted(g.first().bestConfidence())) {
      return first(g, entries);
    }
    @SuppressWarnings("unchecked")
    Map<Integer, Double> similarity = (Map<Integer, Double>) field(g.second(), "similarity");
    return g.first().withSecondOpinion(similarity, offTopic(g.second()), how).ranked(entries);
  }

  static List<Candidate> first(Gathered g, List<FaqEntry> entries) {
    if (g.first() == null) {
      return g.direct() == null ? List.of() : List.of(g.direct());
    }
    return g.first().ranked(entries);
  }

  private static void similarityReport(List<Gathered> cases, List<FaqEntry> entries) {
    int firstRight = 0;
    int secondRight = 0;
    int inScope = 0;
    for (Gathered g : cases) {
      if (g.first() == null || !g.evalCase().inScope()) {
        continue;
      }
      inScope++;
      firstRight += nearestRight(g.first(), g, entries) ? 1 : 0;
      secondRight += nearestRight(g.second(), g, entries) ? 1 : 0;
    }
    System.out.printf("nearest by meaning alone is right: first %d, second %d of %d in-scope%n", firstRight,
        secondRight, inScope);
  }

  private static boolean nearestRight(Evidence evidence, Gathered g, List<FaqEntry> entries) {
    int best = evidence.considered().stream().max((x, y) -> Double.compare(evidence.similarity(x),
        evidence.similarity(y))).orElse(-1);
    return best >= 0 && g.evalCase().accepted().contains(entries.get(best).id());
  }

  interface Ranker {
    List<Candidate> ranked(Gathered g);
  }

  private static void report(List<Gathered> tune, List<List<Gathered>> guards, Ranker ranker,
      MatchingSettings settings) {
    System.out.println("  tune   " + Experiment.line(summary(tune, ranker, settings)));
    StringBuilder line = new StringBuilder();
    for (List<Gathered> guard : guards) {
      EvalSummary s = summary(guard, ranker, settings);
      line.append(String.format(" %.1f/%.1f/%.1f", 100 * s.inScopeTop1(), 100 * s.outOfScopeRejected(),
          100 * s.wrongAnswerRate()));
    }
    System.out.println("  guards" + line);
  }

  private static EvalSummary summary(List<Gathered> cases, Ranker ranker, MatchingSettings settings) {
    List<EvalResult> results = new ArrayList<>(cases.size());
    for (Gathered g : cases) {
      results.add(new EvalResult(g.evalCase(), FaqMatcher.decide(ranker.ranked(g), settings, 3)));
    }
    return EvalSummary.of(results);
  }

  private static List<Gathered> gather(FaqMatcher first, FaqMatcher second, List<EvalCase> cases) {
    List<Gathered> out = new ArrayList<>();
    for (EvalCase c : cases) {
      List<Candidate> ranked = first.rank(c.question());
      boolean direct = ranked.size() == 1 && ranked.get(0).score() == 1.0;
      String text = QuestionText.clean(c.question());
      out.add(direct || text.isEmpty() ? new Gathered(c, null, null, ranked.isEmpty() ? null : ranked.get(0))
          : new Gathered(c, first.evidence(text), second.evidence(text), null));
    }
    return out;
  }

  private static Evidence.NearestOffTopic offTopic(Evidence evidence) {
    return (Evidence.NearestOffTopic) field(evidence, "offTopic");
  }

  private static LexicalResult words(Evidence evidence) {
    return (LexicalResult) field(evidence, "words");
  }

  private static Object field(Evidence evidence, String name) {
    try {
      Field field = Evidence.class.getDeclaredField(name);
      field.setAccessible(true);
      return field.get(evidence);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
