package com.partnershipbot.matching;

import com.partnershipbot.knowledge.Knowledge;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Builds a matcher for every config the bot loads. It is made once at start and holds what
 * outlives a reload: the sentence encoder (if it runs here), the sentence vectors it has already
 * computed (kept in {@code DATA_DIR/sentence-vectors.bin} when a data directory is given, so a
 * restart encodes only new sentences) and the tuning.
 */
public final class MatcherFactory {
  private final Supplier<Optional<VectorCache>> vectors;
  private final boolean onDemand;
  private final Tuning tuning;

  private MatcherFactory(Supplier<Optional<VectorCache>> vectors, boolean onDemand, Tuning tuning) {
    this.vectors = vectors;
    this.onDemand = onDemand;
    this.tuning = tuning;
  }

  /** Matching by wording alone (Lucene): no encoder is loaded. */
  public static MatcherFactory lexicalOnly() {
    return new MatcherFactory(Optional::empty, false, Tuning.DEFAULT);
  }

  /** Loads the encoder now; its vectors are kept under {@code dataDir} when one is given. */
  public static MatcherFactory withEncoder(Optional<Path> dataDir) {
    Optional<VectorCache> loaded = cache(Semantics.load(), dataDir);
    return new MatcherFactory(() -> loaded, false, Tuning.DEFAULT);
  }

  /**
   * For one-off questions from the command line: the encoder and the FAQ's sentence vectors are
   * loaded only for the first question that needs them (a topic key needs neither).
   */
  public static MatcherFactory withEncoderOnDemand(Path dataDir) {
    return new MatcherFactory(new OnFirstUse<>(() -> cache(Semantics.load(), Optional.of(dataDir))), true,
        Tuning.DEFAULT);
  }

  /** With this encoder (tests and benchmarks share one per process). */
  static MatcherFactory with(Embedder embedder, Optional<Path> dataDir, Tuning tuning) {
    Optional<VectorCache> cache = cache(Optional.of(embedder), dataDir);
    return new MatcherFactory(() -> cache, false, tuning);
  }

  /** The same encoder and vectors with other tuning (to measure alternatives). */
  MatcherFactory tuned(Tuning other) {
    return new MatcherFactory(vectors, onDemand, other);
  }

  public FaqMatcher build(Knowledge knowledge) {
    Supplier<Optional<SemanticMatching>> meaning = () -> vectors.get()
        .map(cache -> SemanticMatching.build(knowledge, cache, tuning));
    return FaqMatcher.build(knowledge, onDemand ? new OnFirstUse<>(meaning) : constant(meaning.get()), tuning);
  }

  /**
   * The curated sentences the encoder reads as another answer's (see {@link Confusable}), using the
   * same vectors as the matcher; empty when there is no encoder to tell.
   */
  public Optional<List<Confusable>> confusables(Knowledge knowledge) {
    return vectors.get().map(cache -> Confusables.find(knowledge.entries(),
        SemanticMatching.build(knowledge, cache, tuning).index()));
  }

  private static <T> Supplier<T> constant(T value) {
    return () -> value;
  }

  private static Optional<VectorCache> cache(Optional<Embedder> embedder, Optional<Path> dataDir) {
    return embedder.map(VectorCache::new)
        .map(cache -> dataDir.map(dir -> cache.savedIn(dir.resolve(VectorFile.NAME))).orElse(cache));
  }
}
