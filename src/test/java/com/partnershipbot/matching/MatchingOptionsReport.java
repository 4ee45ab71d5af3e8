package com.partnershipbot.matching;

import com.partnershipbot.evaluation.EvalCase;
import com.partnershipbot.evaluation.EvalSet;
import com.partnershipbot.evaluation.EvalSummary;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.knowledge.Knowledge;
import com.partnershipbot.knowledge.MatchingSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints the quality of each matching option on every evaluation set, each with thresholds
 * calibrated (see {@link Calibration}) on the three sets the matcher was tuned with; the two
 * independent sets are only ever reported. Run from the project root:
 * {@code mvn -q -B -o test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=com.partnershipbot.matching.MatchingOptionsReport}
 */
public final class MatchingOptionsReport {
  private static final Path EVAL = Path.of("src/test/resources/eval");
  private static final List<String> TUNING = List.of("eval.tsv", "holdout.tsv", "fresh.tsv");
  private static final List<String> SETS = List.of("eval.tsv", "holdout.tsv", "fresh.tsv", "independent-a.tsv",
      "independent-b.tsv");

  private MatchingOptionsReport() {}

  public static void main(String[] args) throws Exception {
    Knowledge knowledge = new ConfigLoader().load(Path.of(args.length > 0 ? args[0] : "bot-config"));
    MatcherFactory fused = TestMatching.factory();
    Map<String, FaqMatcher> options = new LinkedHashMap<>();
    options.put("lexical only (Lucene)", MatcherFactory.lexicalOnly().build(knowledge));
    options.put("semantic only (MiniLM)", fused.tuned(Tuning.DEFAULT.withFusion(Fusion.SEMANTIC_ONLY)).build(knowledge));
    options.put("fused, no off-topic examples", fused.tuned(Tuning.DEFAULT.withFusion(Fusion.WITHOUT_OFF_TOPIC)).build(knowledge));
    options.put("fused (shipped)", fused.build(knowledge));
    System.out.println("| option | thresholds (answer / clarify / margin) | set | top-1 | top-1 or clarify | rejected | clarify | wrong |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    for (Map.Entry<String, FaqMatcher> option : options.entrySet()) {
      MatchingSettings settings = Calibration.best(Calibration.rank(option.getValue(), tuning()));
      for (String set : SETS) {
        print(option.getKey(), settings, set, Calibration.summary(Calibration.rank(option.getValue(), read(set)), settings));
      }
    }
    MatchingSettings configured = knowledge.settings().matching();
    for (String set : SETS) {
      FaqMatcher shipped = options.get("fused (shipped)");
      print("fused, bot.yml thresholds", configured, set, Calibration.summary(Calibration.rank(shipped, read(set)), configured));
    }
    for (String set : SETS) {
      FaqMatcher fallback = options.get("lexical only (Lucene)");
      print("Lucene alone, bot.yml thresholds (fallback without the encoder)", configured, set,
          Calibration.summary(Calibration.rank(fallback, read(set)), configured));
    }
  }

  private static List<EvalCase> tuning() throws Exception {
    List<EvalCase> cases = new ArrayList<>();
    for (String set : TUNING) {
      cases.addAll(read(set));
    }
    return cases;
  }

  private static List<EvalCase> read(String set) throws Exception {
    return EvalSet.read(EVAL.resolve(set));
  }

  private static void print(String option, MatchingSettings s, String set, EvalSummary r) {
    System.out.printf("| %s | %.3f / %.3f / %.2f | %s | %.1f%% | %.1f%% | %.1f%% | %.1f%% | %.1f%% |%n", option,
        s.answerThreshold(), s.clarifyThreshold(), s.clarifyMargin(), set, 100 * r.inScopeTop1(),
        100 * r.inScopeTop1OrClarify(), 100 * r.outOfScopeRejected(), 100 * r.clarifyRate(), 100 * r.wrongAnswerRate());
  }
}
