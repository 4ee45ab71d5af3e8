package com.partnershipbot.matching;

import java.nio.file.Path;
import java.util.Optional;

/** Matcher factories for tests and benchmarks, sharing one loaded encoder of each kind per test run. */
public final class TestMatching {
  private TestMatching() {}

  /** The shipped tuning with the encoder, vectors kept in memory only. */
  public static MatcherFactory factory() {
    return Shared.IN_MEMORY;
  }

  /** The shipped tuning with the first encoder alone, no second opinion (to measure what the second costs). */
  public static MatcherFactory firstEncoderOnly() {
    return Shared.FIRST_ONLY;
  }

  /** The shipped tuning with the encoder, a cache of its own kept in {@code dataDir}, as a restarted process has it. */
  public static MatcherFactory factory(Path dataDir) {
    return MatcherFactory.with(encoder(), Optional.of(second()), Optional.of(dataDir), Tuning.DEFAULT);
  }

  /** The shipped tuning with the encoder and a cache of its own: every sentence is encoded afresh. */
  public static MatcherFactory cold() {
    return MatcherFactory.with(encoder(), Optional.of(second()), Optional.empty(), Tuning.DEFAULT);
  }

  static OnnxEmbedder encoder() {
    return Shared.ENCODER;
  }

  /** The second encoder, heard where the first is unsure. */
  static OnnxEmbedder second() {
    return Shared.SECOND;
  }

  private static final class Shared {
    static final OnnxEmbedder ENCODER = OnnxEmbedder.load();
    static final OnnxEmbedder SECOND = OnnxEmbedder.load(OnnxEmbedder.E5_SMALL);
    static final MatcherFactory IN_MEMORY = MatcherFactory.with(ENCODER, Optional.of(SECOND), Optional.empty(),
        Tuning.DEFAULT);
    static final MatcherFactory FIRST_ONLY = MatcherFactory.with(ENCODER, Optional.empty(), Optional.empty(),
        Tuning.DEFAULT);
  }
}
