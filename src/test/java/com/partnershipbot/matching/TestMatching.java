package com.partnershipbot.matching;

import java.nio.file.Path;
import java.util.Optional;

/** Matcher factories for tests and benchmarks, sharing one loaded sentence encoder per test run. */
public final class TestMatching {
  private TestMatching() {}

  /** The shipped tuning with the encoder, vectors kept in memory only. */
  public static MatcherFactory factory() {
    return Shared.IN_MEMORY;
  }

  /** The shipped tuning with the encoder, a cache of its own kept in {@code dataDir}, as a restarted process has it. */
  public static MatcherFactory factory(Path dataDir) {
    return MatcherFactory.with(encoder(), Optional.of(dataDir), Tuning.DEFAULT);
  }

  /** The shipped tuning with the encoder and a cache of its own: every sentence is encoded afresh. */
  public static MatcherFactory cold() {
    return MatcherFactory.with(encoder(), Optional.empty(), Tuning.DEFAULT);
  }

  static MiniLmEmbedder encoder() {
    return Shared.ENCODER;
  }

  private static final class Shared {
    static final MiniLmEmbedder ENCODER = MiniLmEmbedder.load();
    static final MatcherFactory IN_MEMORY = MatcherFactory.with(ENCODER, Optional.empty(), Tuning.DEFAULT);
  }
}
