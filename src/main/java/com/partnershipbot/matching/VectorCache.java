package com.partnershipbot.matching;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sentence vectors kept between builds, so reloading the config embeds only the sentences that are
 * new. It keeps just the sentences of the latest build, so edits do not pile up in memory. A cache
 * {@linkplain #savedIn saved in a file} also keeps them across restarts: sentences it does not
 * hold in memory are looked up there first, and after a build the file holds exactly the
 * sentences of that build. Sentences found in neither are taken from the vectors {@linkplain #builtFrom
 * the build encoded}, where it has them, before any is encoded here.
 */
final class VectorCache {
  /** Encoding more new sentences than this at once is worth a line in the log: it takes a while. */
  private static final int MANY = 1000;
  /** Sentences encoded before the time all of them will take is estimated. */
  private static final int ESTIMATE_AFTER = 100;

  private final Embedder embedder;
  private final Memory memory;
  private final Path file;
  private final BuiltVectors built;

  VectorCache(Embedder embedder) {
    this(embedder, new Memory(), null, BuiltVectors.none());
  }

  private VectorCache(Embedder embedder, Memory memory, Path file, BuiltVectors built) {
    this.embedder = embedder;
    this.memory = memory;
    this.file = file;
    this.built = built;
  }

  /** The same cache (same memory), also reading and saving its vectors in {@code file}. */
  VectorCache savedIn(Path file) {
    return new VectorCache(embedder, memory, file, built);
  }

  /** The same cache (same memory), taking the vectors it has nowhere else from {@code built}. */
  VectorCache builtFrom(BuiltVectors built) {
    return new VectorCache(embedder, memory, file, built);
  }

  Embedder embedder() {
    return embedder;
  }

  /** The sentence's vector, computed now and not remembered: for questions. */
  float[] embed(String sentence) {
    return embedder.embed(sentence);
  }

  /** Vectors for all the sentences, in order; new ones are computed on every core. */
  List<float[]> vectors(List<String> sentences) {
    synchronized (memory) {
      Set<String> distinct = new LinkedHashSet<>(sentences);
      Map<String, float[]> next = new ConcurrentHashMap<>(distinct.size() * 2);
      List<String> missing = new ArrayList<>();
      for (String sentence : distinct) {
        float[] known = memory.known.get(sentence);
        if (known == null) {
          missing.add(sentence);
        } else {
          next.put(sentence, known);
        }
      }
      boolean fileMatches = file != null && !missing.isEmpty() && fillFromFile(missing, next);
      built.fill(embedder, notIn(next, missing), next);
      encode(notIn(next, missing), next);
      memory.known = new HashMap<>(next);
      if (file != null && !fileMatches && !(file.equals(memory.savedFile) && distinct.equals(memory.savedSentences))) {
        save(distinct, next);
      }
      return sentences.stream().map(next::get).toList();
    }
  }

  private static List<String> notIn(Map<String, float[]> vectors, List<String> sentences) {
    return sentences.stream().filter(sentence -> !vectors.containsKey(sentence)).toList();
  }

  /** Takes the missing vectors from the file; true when it holds exactly this build's sentences. */
  private boolean fillFromFile(List<String> missing, Map<String, float[]> next) {
    Optional<Map<VectorFile.Key, float[]>> saved = VectorFile.read(file, embedder.modelId());
    if (saved.isEmpty()) {
      return false;
    }
    Map<VectorFile.Key, float[]> stored = saved.get();
    String modelId = embedder.modelId();
    missing.parallelStream().forEach(sentence -> {
      float[] vector = stored.get(VectorFile.Key.of(modelId, sentence));
      if (vector != null) {
        next.put(sentence, vector);
      }
    });
    boolean complete = next.size() == missing.size() && stored.size() == missing.size();
    if (complete) {
      remember(next.keySet());
    }
    return complete;
  }

  /** Every core encodes; past {@link #MANY} sentences the log says how long it will take and how it goes. */
  private void encode(List<String> sentences, Map<String, float[]> next) {
    if (sentences.size() <= MANY) {
      sentences.parallelStream().forEach(sentence -> next.put(sentence, embedder.embed(sentence)));
      return;
    }
    EncodingProgress progress = new EncodingProgress(embedder.modelId(), sentences.size());
    int sample = ESTIMATE_AFTER;
    sentences.subList(0, sample).parallelStream().forEach(sentence -> next.put(sentence, embedder.embed(sentence)));
    progress.estimate(sample);
    sentences.subList(sample, sentences.size()).parallelStream().forEach(sentence -> {
      next.put(sentence, embedder.embed(sentence));
      progress.encodedOne();
    });
    progress.finished();
  }

  private void save(Set<String> sentences, Map<String, float[]> vectors) {
    String modelId = embedder.modelId();
    Map<VectorFile.Key, float[]> keyed = new ConcurrentHashMap<>(sentences.size() * 2);
    sentences.parallelStream().forEach(sentence -> keyed.put(VectorFile.Key.of(modelId, sentence), vectors.get(sentence)));
    if (VectorFile.write(file, modelId, keyed)) {
      remember(sentences);
    }
  }

  private void remember(Set<String> savedSentences) {
    memory.savedFile = file;
    memory.savedSentences = Set.copyOf(savedSentences);
  }

  /** What a cache and the copies {@link #savedIn} makes of it share. */
  private static final class Memory {
    Map<String, float[]> known = Map.of();
    Path savedFile;
    Set<String> savedSentences = Set.of();
  }
}
