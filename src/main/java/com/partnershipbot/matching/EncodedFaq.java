package com.partnershipbot.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One encoder's view of the FAQ: the vectors of its curated sentences and of the off-topic examples. */
final class EncodedFaq {
  private final VectorCache vectors;
  private final SemanticIndex index;
  private final List<float[]> offTopic;
  private final List<String> offTopicKinds;

  SemanticIndex index() {
    return index;
  }

  private EncodedFaq(VectorCache vectors, SemanticIndex index, List<float[]> offTopic, List<String> offTopicKinds) {
    this.vectors = vectors;
    this.index = index;
    this.offTopic = offTopic;
    this.offTopicKinds = offTopicKinds;
  }

  /** Encodes (or finds in the cache) each entry's sentences and the off-topic examples. */
  static EncodedFaq build(VectorCache vectors, List<List<String>> sentences, int[] curated, List<String> offTopic,
      List<String> offTopicKinds) {
    List<String> all = new ArrayList<>();
    sentences.forEach(all::addAll);
    int faqSentences = all.size();
    all.addAll(offTopic);
    List<float[]> computed = vectors.vectors(all);
    return new EncodedFaq(vectors, SemanticIndex.build(sentences, computed.subList(0, faqSentences), curated),
        computed.subList(faqSentences, all.size()), offTopicKinds);
  }

  /** The pieces of a question, encoded. */
  List<float[]> encode(List<String> pieces) {
    return pieces.stream().map(vectors::embed).toList();
  }

  /** Each entry's best similarity to any piece of the question: the {@code hits} nearest entries and Lucene's hits. */
  Map<Integer, Double> similarities(List<float[]> queries, LexicalResult words, int hits) {
    Map<Integer, Double> similarity = new HashMap<>();
    for (float[] query : queries) {
      List<Scored> scored = index.scored(query);
      SemanticIndex.best(scored, hits).forEach(s -> similarity.merge(s.entry(), s.score(), Math::max));
      Map<Integer, Double> known = new HashMap<>(scored.size() * 2);
      scored.forEach(s -> known.put(s.entry(), s.score()));
      for (int entry : words.ranked()) {
        Double score = known.get(entry);
        similarity.merge(entry, score != null ? score : index.similarity(query, entry), Math::max);
      }
    }
    return similarity;
  }

  Evidence.NearestOffTopic nearestOffTopic(List<float[]> queries) {
    double best = -1;
    int nearest = -1;
    for (float[] query : queries) {
      for (int i = 0; i < offTopic.size(); i++) {
        double similarity = Vectors.dot(query, offTopic.get(i), 0);
        if (similarity > best) {
          best = similarity;
          nearest = i;
        }
      }
    }
    return new Evidence.NearestOffTopic(best, nearest < 0 ? null : offTopicKinds.get(nearest));
  }
}
