package com.partnershipbot.matching;

import com.partnershipbot.knowledge.Knowledge;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Builds a matcher for every config the bot loads. It is made once at start and holds what
 * outlives a reload: the sentence encoders (if they run here), the sentence vectors they have already
 * computed (kept in {@code DATA_DIR/sentence-vectors.bin} and {@code DATA_DIR/second-sentence-vectors.bin}
 * when a data directory is given, so a restart encodes only new sentences) and the tuning. Sentences
 * of the shipped FAQ come from the vectors the build packed into the jar ({@link BuiltVectors}).
 */
public final class MatcherFactory {
  static final String SECOND_FILE = "second-" + VectorFile.NAME;
  /** The files each encoder's vectors are kept in, in a data directory and in the jar. */
  public static final List<String> VECTOR_FILES = List.of(VectorFile.NAME, SECOND_FILE);
  /** The folder inside the jar where the build puts the shipped FAQ's {@link #VECTOR_FILES}. */
  public static final String BUILT_VECTORS_IN_JAR = BuiltVectors.FOLDER;

  /** Bytes of one sentence vector: 384 floats, the size of both encoders' vectors. */
  private static final long VECTOR_BYTES = 384L * Float.BYTES;
  /**
   * Copies of each vector the heap holds at the worst moment: the saved-vector memory, the
   * serving index, and the next config's index while a reload builds it.
   */
  private static final int COPIES = 3;

  private final Supplier<Optional<Encoders>> vectors;
  private final boolean onDemand;
  private final Tuning tuning;
  private final int encoders;
  private final CompletableFuture<?> loading;

  /** The shipped encoder's vectors and, where it runs, the second encoder's. */
  private record Encoders(VectorCache first, Optional<VectorCache> second) {}

  private MatcherFactory(Supplier<Optional<Encoders>> vectors, boolean onDemand, Tuning tuning, int encoders) {
    this(vectors, onDemand, tuning, encoders, CompletableFuture.completedFuture(null));
  }

  private MatcherFactory(Supplier<Optional<Encoders>> vectors, boolean onDemand, Tuning tuning, int encoders,
      CompletableFuture<?> loading) {
    this.vectors = vectors;
    this.onDemand = onDemand;
    this.tuning = tuning;
    this.encoders = encoders;
    this.loading = loading;
  }

  /** Matching by wording alone (Lucene): no encoder is loaded. */
  public static MatcherFactory lexicalOnly() {
    return new MatcherFactory(Optional::empty, false, Tuning.DEFAULT, 0);
  }

  /**
   * Starts loading the encoders now, each on a thread of its own, while the caller goes on (reading
   * the config, say); the first build waits for them. Their vectors are kept under {@code dataDir}
   * when one is given.
   */
  public static MatcherFactory withEncoder(Optional<Path> dataDir) {
    CompletableFuture<Optional<Encoders>> loading = inBackground("encoder-loader", () -> encoders(dataDir));
    return new MatcherFactory(() -> joined(loading), false, Tuning.DEFAULT, 2, loading);
  }

  /**
   * Waits until the encoders this factory began loading are loaded or have failed, whatever the
   * outcome, so that a start which failed leaves nothing writing into the data directory.
   */
  public void settle() {
    settled(loading);
  }

  /**
   * For one-off questions from the command line: the encoder and the FAQ's sentence vectors are
   * loaded only for the first question that needs them (a topic key needs neither).
   */
  public static MatcherFactory withEncoderOnDemand(Path dataDir) {
    return new MatcherFactory(new OnFirstUse<>(() -> encoders(Optional.of(dataDir))), true,
        Tuning.DEFAULT, 2);
  }

  /** With these encoders (tests and benchmarks share one of each per process). */
  static MatcherFactory with(Embedder embedder, Optional<Embedder> second, Optional<Path> dataDir, Tuning tuning) {
    Optional<Encoders> caches = Optional.of(new Encoders(cache(embedder, dataDir, VectorFile.NAME),
        second.map(encoder -> cache(encoder, dataDir, SECOND_FILE))));
    return new MatcherFactory(() -> caches, false, tuning, second.isPresent() ? 2 : 1);
  }

  /** The same encoder and vectors with other tuning (to measure alternatives). */
  MatcherFactory tuned(Tuning other) {
    return new MatcherFactory(vectors, onDemand, other, encoders, loading);
  }

  /**
   * About how much heap the sentence vectors of {@code knowledge} take at the worst moment (a
   * reload building the next index beside the serving one); 0 when matching is by wording alone.
   */
  public long heapForVectors(Knowledge knowledge) {
    long sentences = OffTopic.examples().size() + knowledge.settings().offTopic().size();
    for (var entry : knowledge.entries()) {
      sentences += SemanticMatching.compared(entry, tuning).size();
    }
    return sentences * VECTOR_BYTES * encoders * COPIES;
  }

  public FaqMatcher build(Knowledge knowledge) {
    Supplier<Optional<SemanticMatching>> meaning = () -> vectors.get()
        .map(caches -> SemanticMatching.build(knowledge, caches.first(), caches.second(), tuning));
    return FaqMatcher.build(knowledge, onDemand ? new OnFirstUse<>(meaning) : constant(meaning.get()), tuning);
  }

  /**
   * The curated sentences the encoder reads as another answer's (see {@link Confusable}), using the
   * same vectors as the matcher; empty when there is no encoder to tell.
   */
  public Optional<List<Confusable>> confusables(Knowledge knowledge) {
    return vectors.get().map(caches -> Confusables.find(knowledge.entries(),
        SemanticMatching.build(knowledge, caches.first(), Optional.empty(), tuning).index()));
  }

  private static <T> Supplier<T> constant(T value) {
    return () -> value;
  }

  /**
   * The shipped encoder and the second one, loaded side by side; no second without the first.
   * Returns, or fails, only once the second has finished loading too.
   */
  private static Optional<Encoders> encoders(Optional<Path> dataDir) {
    CompletableFuture<Optional<Embedder>> second = inBackground("second-encoder-loader",
        () -> Semantics.loadSecond(dataDir));
    try {
      return Semantics.load(dataDir).map(first -> new Encoders(cache(first, dataDir, VectorFile.NAME),
          joined(second).map(encoder -> cache(encoder, dataDir, SECOND_FILE))));
    } finally {
      settled(second);
    }
  }

  private static void settled(CompletableFuture<?> work) {
    work.handle((done, failure) -> null).join();
  }

  /** {@code work} on a daemon thread of its own (not the common pool, which encodes sentences). */
  private static <T> CompletableFuture<T> inBackground(String name, Supplier<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        result.complete(work.get());
      } catch (Throwable e) {
        result.completeExceptionally(e);
      }
    }, name);
    thread.setDaemon(true);
    thread.start();
    return result;
  }

  /** The value, or what failed while computing it, as it was thrown. */
  private static <T> T joined(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  private static VectorCache cache(Embedder embedder, Optional<Path> dataDir, String file) {
    VectorCache cache = new VectorCache(embedder).builtFrom(BuiltVectors.inJar(file));
    return dataDir.map(dir -> cache.savedIn(dir.resolve(file))).orElse(cache);
  }
}
