package com.partnershipbot.matching;

import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the sentence encoders; where the shipped one cannot run (no native library for this
 * platform), matching uses Lucene alone, and where the second cannot, the first decides alone.
 */
final class Semantics {
  private static final Logger LOG = LoggerFactory.getLogger(Semantics.class);

  private Semantics() {}

  /** The encoder, or empty with one warning in the log when it cannot run here. */
  static Optional<Embedder> load() {
    return load(Optional.empty());
  }

  /** As above, its model kept unpacked under {@code dataDir} when one is given. */
  static Optional<Embedder> load(Optional<Path> dataDir) {
    try {
      return Optional.of(OnnxEmbedder.load(dataDir));
    } catch (RuntimeException | LinkageError e) {
      LOG.warn("Semantic matching is off, the sentence encoder could not load here ({}); matching uses Lucene only."
          + " Its native libraries are unpacked to the temp directory and to DJL_CACHE_DIR (default ~/.djl.ai),"
          + " which must be writable", rootCause(e));
      return Optional.empty();
    }
  }

  /** The second encoder (e5-small-v2), or empty with one warning in the log when it cannot run here. */
  static Optional<Embedder> loadSecond() {
    return loadSecond(Optional.empty());
  }

  /** As above, its model kept unpacked under {@code dataDir} when one is given. */
  static Optional<Embedder> loadSecond(Optional<Path> dataDir) {
    try {
      return Optional.of(OnnxEmbedder.load(OnnxEmbedder.E5_SMALL, dataDir));
    } catch (RuntimeException | LinkageError e) {
      LOG.warn("The second sentence encoder could not load here ({}); the first decides alone where it is unsure",
          rootCause(e));
      return Optional.empty();
    }
  }

  private static String rootCause(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.toString();
  }
}
