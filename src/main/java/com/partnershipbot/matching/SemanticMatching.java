package com.partnershipbot.matching;

import com.partnershipbot.knowledge.FaqEntry;
import com.partnershipbot.knowledge.Knowledge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The meaning side of a built matcher: the FAQ's vocabulary and its sentence vectors from the
 * shipped encoder, and from the second one where it runs (see {@link Tuning.SecondOpinion}).
 */
final class SemanticMatching {
  private final Vocabulary vocabulary;
  private final FaqAnalyzers analyzers;
  private final EncodedFaq first;
  private final Optional<EncodedFaq> second;
  private final Tuning tuning;

  private SemanticMatching(Vocabulary vocabulary, FaqAnalyzers analyzers, EncodedFaq first,
      Optional<EncodedFaq> second, Tuning tuning) {
    this.vocabulary = vocabulary;
    this.analyzers = analyzers;
    this.first = first;
    this.second = second;
    this.tuning = tuning;
  }

  static SemanticMatching build(Knowledge knowledge, VectorCache vectors, Optional<VectorCache> secondVectors,
      Tuning tuning) {
    List<FaqEntry> entries = knowledge.entries();
    FaqAnalyzers analyzers = new FaqAnalyzers(knowledge.settings().synonyms());
    Vocabulary vocabulary = Vocabulary.of(entries, analyzers, tuning.lexical());
    List<OffTopic.Example> offTopicExamples = offTopic(knowledge);
    List<List<String>> sentences = entries.parallelStream()
        .map(entry -> encodable(compared(entry, tuning), analyzers, vocabulary, tuning)).toList();
    int[] curated = entries.stream().mapToInt(entry -> SemanticIndex.sentences(entry).size()).toArray();
    List<String> offTopic = encodable(offTopicExamples.stream().map(OffTopic.Example::text).toList(), analyzers,
        vocabulary, tuning);
    List<String> kinds = offTopicExamples.stream().map(OffTopic.Example::kind).toList();
    return new SemanticMatching(vocabulary, analyzers, EncodedFaq.build(vectors, sentences, curated, offTopic, kinds),
        secondVectors.map(cache -> EncodedFaq.build(cache, sentences, curated, offTopic, kinds)), tuning);
  }

  /** The vectors of the entries' titles and questions, as the shipped encoder reads them. */
  SemanticIndex index() {
    return first.index();
  }

  /** The encoder's opinion on a question, together with Lucene's; see {@link QuestionParts}. */
  Evidence evidence(String text, LexicalResult words) {
    String encodable = SemanticText.ofQuestion(text, words.slots(), vocabulary, tuning.reading());
    List<String> pieces = QuestionParts.of(encodable, tuning.reading(), this::faqWords);
    Evidence evidence = opinion(first, pieces, words);
    if (second.isPresent() && tuning.secondOpinion().wanted(evidence.bestConfidence())) {
      List<float[]> queries = second.get().encode(pieces);
      return evidence.withSecondOpinion(second.get().similarities(queries, words, tuning.semanticHits()),
          second.get().nearestOffTopic(queries), tuning.secondOpinion());
    }
    return evidence;
  }

  /** Finds, for any entry, its curated sentence closest in meaning to the question (as the shipped encoder reads it). */
  Closest closest(String text, LexicalResult words) {
    String encodable = SemanticText.ofQuestion(text, words.slots(), vocabulary, tuning.reading());
    List<float[]> queries = first.encode(QuestionParts.of(encodable, tuning.reading(), this::faqWords));
    SemanticIndex index = first.index();
    return (entry, faqEntry) -> {
      int best = 0;
      double bestSimilarity = -2;
      for (int sentence = 0; sentence < index.sentenceCount(entry); sentence++) {
        for (float[] query : queries) {
          double similarity = index.similarity(query, entry, sentence);
          if (similarity > bestSimilarity) {
            bestSimilarity = similarity;
            best = sentence;
          }
        }
      }
      return SemanticIndex.sentences(faqEntry).get(best);
    };
  }

  private Evidence opinion(EncodedFaq encoded, List<String> pieces, LexicalResult words) {
    List<float[]> queries = encoded.encode(pieces);
    return Evidence.fused(words, encoded.similarities(queries, words, tuning.semanticHits()),
        encoded.nearestOffTopic(queries), tuning.fusion());
  }

  /** What the encoder compares a question with: the entry's curated sentences, then its answer's lines. */
  static List<String> compared(FaqEntry entry, Tuning tuning) {
    List<String> sentences = new ArrayList<>(SemanticIndex.sentences(entry));
    sentences.addAll(SemanticIndex.answerLines(entry, tuning.answerLineWords()));
    return sentences;
  }

  /** How many of a sentence's meaningful words the FAQ itself uses. */
  private int faqWords(String sentence) {
    return (int) analyzers.questionTokens(sentence).stream()
        .filter(token -> token.terms().stream().anyMatch(vocabulary::uses)).count();
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
