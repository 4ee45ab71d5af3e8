package com.partnershipbot.matching;

import com.partnershipbot.knowledge.FaqEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The meaning side of a built matcher: the FAQ's vocabulary, its sentence vectors and the off-topic examples. */
final class SemanticMatching {
  private final VectorCache vectors;
  private final Vocabulary vocabulary;
  private final SemanticIndex index;
  private final List<float[]> offTopic;
  private final Fusion fusion;

  private SemanticMatching(VectorCache vectors, Vocabulary vocabulary, SemanticIndex index, List<float[]> offTopic,
      Fusion fusion) {
    this.vectors = vectors;
    this.vocabulary = vocabulary;
    this.index = index;
    this.offTopic = offTopic;
    this.fusion = fusion;
  }

  static SemanticMatching build(List<FaqEntry> entries, List<String> offTopicExamples, FaqAnalyzers analyzers,
      VectorCache vectors, Fusion fusion) {
    Vocabulary vocabulary = Vocabulary.of(entries, analyzers);
    List<List<String>> sentences = entries.parallelStream()
        .map(entry -> encodable(SemanticIndex.sentences(entry), analyzers, vocabulary)).toList();
    List<String> offTopic = encodable(offTopicExamples, analyzers, vocabulary);
    List<String> all = new ArrayList<>();
    sentences.forEach(all::addAll);
    int curated = all.size();
    all.addAll(offTopic);
    List<float[]> computed = vectors.vectors(all);
    SemanticIndex index = SemanticIndex.build(sentences, computed.subList(0, curated));
    return new SemanticMatching(vectors, vocabulary, index, computed.subList(curated, all.size()), fusion);
  }

  /** The encoder's opinion on a question, together with Lucene's; see {@link QuestionParts}. */
  Evidence evidence(String text, LexicalResult words, int hits) {
    String encodable = SemanticText.ofQuestion(text, words.slots(), vocabulary);
    List<float[]> queries = QuestionParts.of(encodable).stream().map(vectors::embed).toList();
    return Evidence.fused(words, similarities(queries, words, hits), offTopicSimilarity(queries), fusion);
  }

  /** Each entry's best similarity to any part of the question: the nearest entries and Lucene's hits. */
  private Map<Integer, Double> similarities(List<float[]> queries, LexicalResult words, int hits) {
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

  private double offTopicSimilarity(List<float[]> queries) {
    double best = -1;
    for (float[] query : queries) {
      for (float[] example : offTopic) {
        best = Math.max(best, Vectors.dot(query, example, 0));
      }
    }
    return best;
  }

  private static List<String> encodable(List<String> sentences, FaqAnalyzers analyzers, Vocabulary vocabulary) {
    return sentences.stream().map(s -> SemanticText.ofSentence(s, analyzers, vocabulary)).toList();
  }
}
