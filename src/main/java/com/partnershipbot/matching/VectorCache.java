package com.partnershipbot.matching;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sentence vectors kept between builds, so reloading the config embeds only the sentences that are
 * new. It keeps just the sentences of the latest build, so edits do not pile up in memory.
 */
final class VectorCache {
  private final Embedder embedder;
  private Map<String, float[]> known = Map.of();

  VectorCache(Embedder embedder) {
    this.embedder = embedder;
  }

  Embedder embedder() {
    return embedder;
  }

  /** The sentence's vector, computed now and not remembered: for questions. */
  float[] embed(String sentence) {
    return embedder.embed(sentence);
  }

  /** Vectors for all the sentences, in order; new ones are computed on every core. */
  synchronized List<float[]> vectors(List<String> sentences) {
    Set<String> distinct = new LinkedHashSet<>(sentences);
    Map<String, float[]> next = new ConcurrentHashMap<>(distinct.size() * 2);
    distinct.parallelStream().forEach(sentence -> next.put(sentence, known.containsKey(sentence)
        ? known.get(sentence) : embedder.embed(sentence)));
    known = new HashMap<>(next);
    return sentences.stream().map(next::get).toList();
  }
}
