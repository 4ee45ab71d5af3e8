package com.partnershipbot.matching;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process-wide sentence encoder, loaded once however often the config is reloaded. Where the
 * model cannot run (no native library for this platform), matching goes on with Lucene alone.
 */
final class Semantics {
  private static final Logger LOG = LoggerFactory.getLogger(Semantics.class);

  private Semantics() {}

  static Optional<VectorCache> shared() {
    return Optional.ofNullable(Holder.CACHE);
  }

  private static final class Holder {
    static final VectorCache CACHE = load();
  }

  private static VectorCache load() {
    try {
      return new VectorCache(MiniLmEmbedder.shared());
    } catch (RuntimeException | LinkageError e) {
      LOG.warn("Semantic matching is off, the sentence encoder could not load here ({}); matching uses Lucene only."
          + " Its native libraries are unpacked to the temp directory and to DJL_CACHE_DIR (default ~/.djl.ai),"
          + " which must be writable", rootCause(e));
      return null;
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
