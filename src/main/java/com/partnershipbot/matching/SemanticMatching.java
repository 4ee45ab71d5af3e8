package com.partnershipbot.matching;

import com.partnershipbot.knowledge.FaqEntry;
import com.partnershipbot.knowledge.Knowledge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The meaning side of a built matcher: the FAQ's vocabulary, its sentence vectors and the off-topic examples. */
final class SemanticMatching {
  private final VectorCache vectors;
  private final Vocabulary vocabulary;
  private final FaqAnalyzers analyzers;
  private final SemanticIndex index;
  private final List<float[]> offTopic;
  private final List<String> offTopicKinds;
  private final Tuning tuning;

  private SemanticMatching(VectorCache vectors, Vocabulary vocabulary, FaqAnalyzers analyzers, SemanticIndex index,
      List<float[]> offTopic, List<String> offTopicKinds, Tuning tuning) {
    this.vectors = vectors;
    this.vocabulary = vocabulary;
    this.analyzers = analyzers;
    this.index = index;
    this.offTopic = offTopic;
    this.offTopicKinds = offTopicKinds;
    this.tuning = tuning;
  }

  static SemanticMatching build(Knowledge knowledge, VectorCache vectors, Tuning tuning) {
    List<FaqEntry> entries = knowledge.entries();
    FaqAnalyzers analyzers = new FaqAnalyzers(knowledge.settings().synonyms());
    Vocabulary vocabulary = Vocabulary.of(entries, analyzers, tuning.lexical());
    List<OffTopic.Example> offTopicExamples = offTopic(knowledge);
    List<List<String>> sentences = entries.parallelStream()
        .map(entry -> encodable(SemanticIndex.sentences(entry), analyzers, vocabulary, tuning)).toList();
    List<String> offTopic = encodable(offTopicExamples.stream().map(OffTopic.Example::text).toList(), analyzers,
        vocabulary, tuning);
    List<String> all = new ArrayList<>();
    sentences.forEach(all::addAll);
    int curated = all.size();
    all.addAll(offTopic);
    List<float[]> computed = vectors.vectors(all);
    SemanticIndex index = SemanticIndex.build(sentences, computed.subList(0, curated));
    return new SemanticMatching(vectors, vocabulary, analyzers, index, computed.subList(curated, all.size()),
        offTopicExamples.stream().map(OffTopic.Example::kind).toList(), tuning);
  }

  /** The vectors of the entries' titles and questions. */
  SemanticIndex index() {
    return index;
  }

  /** The encoder's opinion on a question, together with Lucene's; see {@link QuestionParts}. */
  Evidence evidence(String text, LexicalResult words) {
    String encodable = SemanticText.ofQuestion(text, words.slots(), vocabulary, tuning.reading());
    List<float[]> queries = QuestionParts.of(encodable, tuning.reading(), this::faqWords).stream()
        .map(vectors::embed).toList();
    return Evidence.fused(words, similarities(queries, words, tuning.semanticHits()), nearestOffTopic(queries),
        tuning.fusion());
  }

  /** How many of a sentence's meaningful words the FAQ itself uses. */
  private int faqWords(String sentence) {
    return (int) analyzers.questionTokens(sentence).stream()
        .filter(token -> token.terms().stream().anyMatch(vocabulary::uses)).count();
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

  private Evidence.NearestOffTopic nearestOffTopic(List<float[]> queries) {
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

  private static List<String> encodable(List<String> sentences, FaqAnalyzers analyzers, Vocabulary vocabulary,
      Tuning tuning) {
    return sentences.stream().map(s -> SemanticText.ofSentence(s, analyzers, vocabulary, tuning.reading())).toList();
  }

  /** The built-in off-topic examples, then the admins' own from bot.yml. */
  private static List<OffTopic.Example> offTopic(Knowledge knowledge) {
    List<OffTopic.Example> examples = new ArrayList<>(OffTopic.examples());
    knowledge.settings().offTopic().forEach(text -> examples.add(new OffTopic.Example(text, OffTopic.ADMINS)));
    return examples;
  }
}
