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

/** Prototype: how many questions static token vectors decide as the full pipeline does. */
final class CascadeExperiment {
  private static final int VOCAB = 30522;

  public static void main(String[] args) throws Exception {
    Knowledge knowledge = new ConfigLoader().load(Path.of(args[0]));
    OnnxEmbedder encoder = TestMatching.encoder();
    float[][] table = table(encoder, Path.of("/tmp/tokvec.bin"));
    String weighting = System.getProperty("weights", "zipf");
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
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      for (EvalCase c : EvalSet.read(Path.of(args[i]))) {
        Match f = full.match(c.question());
        Match s = fast.match(c.question());
        rows.add(new Row(new EvalResult(c, f), new EvalResult(c, s), f, s));
      }
    }
    long same = rows.stream().filter(Row::agree).count();
    System.out.printf("n=%d static agrees with full on %.1f%%; full right %.1f%%, static right %.1f%%%n", rows.size(),
        100.0 * same / rows.size(), 100.0 * rows.stream().filter(r -> r.full.isRight()).count() / rows.size(),
        100.0 * rows.stream().filter(r -> r.fast.isRight()).count() / rows.size());
    for (double t : new double[] {0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8}) {
      for (double m : new double[] {0.0, 0.05, 0.1, 0.15, 0.2}) {
        report("ANSWER conf>=" + t + " margin>=" + m, rows, r -> r.s.outcome() == Outcome.ANSWER && r.s.score() >= t
            && margin(r.s) >= m);
      }
    }
    for (double t : new double[] {0.1, 0.15, 0.2, 0.25, 0.3}) {
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

  private record Row(EvalResult full, EvalResult fast, Match f, Match s) {
    boolean agree() {
      return f.outcome() == s.outcome() && java.util.Objects.equals(f.id(), s.id());
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
    IntStream.range(0, VOCAB).parallel().forEach(i -> table[i] = encoder.tokenVector(i));
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
