package com.partnershipbot.matching;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentence vectors the build encoded for the shipped FAQ and packed into the jar, so a first start
 * need not encode those sentences again. They are used only when this machine's encoder gives the
 * same vector for one of them: another processor may compute the model's int8 products differently,
 * and a vector must be the one a question about that sentence would be compared with.
 */
final class BuiltVectors {
  /** Where in the jar the build puts them, one file per encoder under its vector file's name. */
  static final String FOLDER = "built-vectors";
  /** Largest difference in any component that still counts as the same vector: rounding, no more. */
  static final float SAME = 1e-5f;
  private static final Logger LOG = LoggerFactory.getLogger(BuiltVectors.class);
  private static final BuiltVectors NONE = new BuiltVectors("nowhere", modelId -> Optional.empty());

  private final String origin;
  private final Function<String, Optional<Map<VectorFile.Key, float[]>>> source;

  private BuiltVectors(String origin, Function<String, Optional<Map<VectorFile.Key, float[]>>> source) {
    this.origin = origin;
    this.source = source;
  }

  /** The vectors the build packed into the jar as {@code fileName}; none when running from classes. */
  static BuiltVectors inJar(String fileName) {
    String resource = "/" + FOLDER + "/" + fileName;
    return new BuiltVectors("the jar", modelId -> VectorFile.readResource(resource, modelId));
  }

  /** The vectors in {@code file}, as the build writes them. */
  static BuiltVectors in(Path file) {
    return new BuiltVectors(file.toString(), modelId -> VectorFile.read(file, modelId));
  }

  static BuiltVectors none() {
    return NONE;
  }

  /**
   * Puts into {@code into} the built vector of each sentence in {@code missing} that has one, after
   * encoding the first of them here and finding the same vector; otherwise puts nothing.
   */
  void fill(Embedder embedder, List<String> missing, Map<String, float[]> into) {
    if (missing.isEmpty()) {
      return;
    }
    String modelId = embedder.modelId();
    Optional<Map<VectorFile.Key, float[]>> built = source.apply(modelId);
    if (built.isEmpty()) {
      return;
    }
    Map<String, float[]> found = new LinkedHashMap<>();
    for (String sentence : missing) {
      float[] vector = built.get().get(VectorFile.Key.of(modelId, sentence));
      if (vector != null) {
        found.put(sentence, vector);
      }
    }
    if (found.isEmpty()) {
      return;
    }
    Map.Entry<String, float[]> sample = found.entrySet().iterator().next();
    float difference = largestDifference(embedder.embed(sample.getKey()), sample.getValue());
    if (difference > SAME) {
      LOG.info("Not using the {} sentence vectors for {} from {}: this machine's encoder gives other vectors "
          + "(by up to {}), so it encodes the sentences itself", found.size(), modelId, origin, difference);
      return;
    }
    into.putAll(found);
    LOG.info("Took {} of {} sentence vectors for {} from {}, as the build encoded them", found.size(),
        missing.size(), modelId, origin);
  }

  private static float largestDifference(float[] here, float[] built) {
    if (here.length != built.length) {
      return Float.POSITIVE_INFINITY;
    }
    float largest = 0;
    for (int i = 0; i < here.length; i++) {
      largest = Math.max(largest, Math.abs(here[i] - built[i]));
    }
    return largest;
  }
}
