package com.partnershipbot.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.ScoreDoc;

/**
 * One question as Lucene saw it. Lucene's scores rank entries but cannot say "none of these", so
 * an entry's lexical confidence is the share of the question's meaningful words (weighted by
 * inverse document frequency) that its curated text covers, scaled by its Lucene score relative
 * to the best hit. Words the FAQ never uses weigh most, so off-topic questions score low.
 */
final class LexicalResult {
  private final FaqIndex index;
  private final List<QuestionTerms> slots;
  private final Map<Integer, Float> hitScores;
  private final List<Integer> ranked;
  private final float topScore;

  LexicalResult(FaqIndex index, List<QuestionTerms> slots, ScoreDoc[] hits) {
    this.index = index;
    this.slots = slots;
    this.hitScores = new HashMap<>();
    this.ranked = new ArrayList<>(hits.length);
    for (ScoreDoc hit : hits) {
      int entry = index.entryOf(hit.doc);
      hitScores.put(entry, hit.score);
      ranked.add(entry);
    }
    this.topScore = hits.length == 0 ? 0 : hits[0].score;
  }

  /** Entries Lucene found, best first. */
  List<Integer> ranked() {
    return ranked;
  }

  List<QuestionTerms> slots() {
    return slots;
  }

  /** Lexical confidence in an entry, from 0 to 1. */
  double confidence(int entry) {
    Float score = hitScores.get(entry);
    double relative = score == null || topScore == 0 ? 0 : score / topScore;
    return coverage(entry) * (0.6 + 0.4 * relative);
  }

  double coverage(int entry) {
    return QuestionTerms.coverage(slots, index.entry(entry));
  }
}
