package com.partnershipbot.matching;

import com.partnershipbot.evaluation.EvalCase;
import com.partnershipbot.evaluation.EvalResult;
import com.partnershipbot.evaluation.EvalSet;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.knowledge.Knowledge;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Measures a cascade: static token vectors distilled from the shipped encoder (each vocabulary
 * token encoded once on its own, a question embedded as their rarity-weighted mean, model2vec
 * style) decide a question alone when they answer confidently, and how often that agrees with the
 * full pipeline. Usage: {@code CascadeExperiment CONFIG_DIR SET.tsv...}; {@code -Dmid=1} takes the
 * token's own output instead of the mean over [CLS] token [SEP], {@code -Dcenter=1} subtracts the
 * mean token vector, {@code -Dweights=uniform} drops the rarity weights, {@code -Dgate=0.7,0.15}
 * prints only that gate. The token table (about 13 s to build on two cores) is kept in the
 * temporary folder, {@code -Dtable=FILE} elsewhere. Findings: docs/performance.md.
 */
final class CascadeExperiment {
  private static final int VOCAB = 30522;

  public static void main(String[] args) throws Exception {
    Knowledge knowledge = new ConfigLoader().load(Path.of(args[0]));
    OnnxEmbedder encoder = TestMatching.encoder();
    float[][] table = table(encoder, Path.of(System.getProperty("table",
        Path.of(System.getProperty("java.io.tmpdir"), "partnership-bot-token-vectors.bin").toString())));
    String weighting = System.getProperty("weights", "zipf");
    if (System.getProperty("center") != null) {
      float[] mean = new float[384];
      for (float[] v : table) {
        for (int d = 0; d < 384; d++) {
          mean[d] += v[d] / VOCAB;
        }
      }
      for (float[] v : table) {
        for (int d = 0; d < 384; d++) {
          v[d] -= mean[d];
        }
      }
    }
    Embedder cheap = new Embedder() {
      @Override
      public float[] embed(String text) {
        float[] sum = new float[384];
        for (long id : encoder.tokenIds(text)) {
          double w = weight((int) id, weighting);
          float[] v = table[(int) id];
          for (int d = 0; d < 384; d++) {
            sum[d] += (float) (w * v[d]);
          }
        }
        return Vectors.normalize(sum);
      }

      @Override
      public String modelId() {
        return "static-" + weighting;
      }
    };
    FaqMatcher full = TestMatching.factory().build(knowledge);
    FaqMatcher fast = MatcherFactory.with(cheap, Optional.empty(), Optional.empty(), Tuning.DEFAULT).build(knowledge);
    FaqMatcher words = MatcherFactory.lexicalOnly().build(knowledge);
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      for (EvalCase c : EvalSet.read(Path.of(args[i]))) {
        Match f = full.match(c.question());
        Match s = fast.match(c.question());
        List<Candidate> lex = words.rank(c.question());
        rows.add(new Row(new EvalResult(c, f), new EvalResult(c, s), f, s, lex.isEmpty() ? null : lex.get(0).id()));
      }
    }
    long same = rows.stream().filter(Row::agree).count();
    System.out.printf("n=%d static agrees with full on %.1f%%; full right %.1f%%, static right %.1f%%%n", rows.size(),
        100.0 * same / rows.size(), 100.0 * rows.stream().filter(r -> r.full.isRight()).count() / rows.size(),
        100.0 * rows.stream().filter(r -> r.fast.isRight()).count() / rows.size());
    if (System.getProperty("gate") != null) {
      String[] g = System.getProperty("gate").split(",");
      double t = Double.parseDouble(g[0]);
      double m = Double.parseDouble(g[1]);
      report("ANSWER conf>=" + t + " margin>=" + m, rows, r -> r.s.outcome() == Outcome.ANSWER && r.s.score() >= t
          && margin(r.s) >= m);
      return;
    }
    for (double t : new double[] {0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8}) {
      for (double m : new double[] {0.0, 0.05, 0.1, 0.15, 0.2}) {
        report("ANSWER conf>=" + t + " margin>=" + m, rows, r -> r.s.outcome() == Outcome.ANSWER && r.s.score() >= t
            && margin(r.s) >= m);
        report("ANSWER+lex conf>=" + t + " margin>=" + m, rows, r -> r.s.outcome() == Outcome.ANSWER
            && r.s.score() >= t && margin(r.s) >= m && r.s.id().equals(r.lexTop));
      }
    }
    for (double t : new double[] {0.1, 0.125, 0.15, 0.175, 0.2, 0.225}) {
      report("NO_ANSWER conf<" + t, rows, r -> r.s.outcome() == Outcome.NO_ANSWER && r.s.score() < t);
    }
  }

  private static double margin(Match m) {
    List<Candidate> c = m.candidates();
    return c.size() < 2 ? c.isEmpty() ? 0 : c.get(0).score() : c.get(0).score() - c.get(1).score();
  }

  private static void report(String gate, List<Row> rows, java.util.function.Predicate<Row> taken) {
    List<Row> in = rows.stream().filter(taken).toList();
    long agree = in.stream().filter(Row::agree).count();
    long fastWrong = in.stream().filter(r -> r.fast.answeredWrong()).count();
    long fullWrong = in.stream().filter(r -> r.full.answeredWrong()).count();
    System.out.printf("%-36s covers %5.1f%%  agrees %5.1f%%  wrong fast %d full %d%n", gate,
        100.0 * in.size() / rows.size(), in.isEmpty() ? 0 : 100.0 * agree / in.size(), fastWrong, fullWrong);
  }

  private record Row(EvalResult full, EvalResult fast, Match f, Match s, String lexTop) {
    boolean agree() {
      return f.outcome() == s.outcome() && java.util.Objects.equals(f.id(), s.id())
          && (f.outcome() != Outcome.NO_ANSWER || f.aboutOwnOrganisation() == s.aboutOwnOrganisation());
    }
  }

  static double weight(int id, String weighting) {
    if (weighting.equals("uniform")) {
      return 1;
    }
    return Math.log(1 + Math.max(1, id - 1995));
  }

  private static float[][] table(OnnxEmbedder encoder, Path file) throws IOException {
    float[][] table = new float[VOCAB][];
    if (Files.exists(file)) {
      try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
        for (int i = 0; i < VOCAB; i++) {
          table[i] = new float[384];
          for (int d = 0; d < 384; d++) {
            table[i][d] = in.readFloat();
          }
        }
      }
      return table;
    }
    long start = System.nanoTime();
    IntStream.range(0, VOCAB).parallel().forEach(i -> table[i] = encoder.tokenVector(i, System.getProperty("mid") != null));
    System.out.printf("token table: %.1f s%n", (System.nanoTime() - start) / 1e9);
    try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file)))) {
      for (float[] v : table) {
        for (float x : v) {
          out.writeFloat(x);
        }
      }
    }
    return table;
  }
}
