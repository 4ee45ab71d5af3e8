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
      LOG.warn("Semantic matching is off, the sentence encoder could not load here ({}); matching uses Lucene only",
          e.toString());
      return null;
    }
  }
}
