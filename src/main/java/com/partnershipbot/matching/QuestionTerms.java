package com.partnershipbot.matching;

import java.util.List;
import java.util.Map;

/**
 * One position of an analysed question: the terms that may stand there (the word itself, its
 * synonyms, or close spellings from the index when it was a typo), each with how much a match on
 * it counts; the slot's weight, its inverse document frequency; where the word stands in the
 * question; and, for a typo, the indexed term it most likely meant.
 */
record QuestionTerms(Map<String, Double> termFactors, double weight, int start, int end, String correction) {

  boolean isEmpty() {
    return termFactors.isEmpty();
  }

  /** How well an entry covers this slot, from 0 to 1. */
  double coveredBy(IndexedEntry entry) {
    double best = 0;
    for (Map.Entry<String, Double> term : termFactors.entrySet()) {
      best = Math.max(best, entry.coverage(term.getKey()) * term.getValue());
    }
    return best;
  }

  static double coverage(List<QuestionTerms> slots, IndexedEntry entry) {
    double total = 0;
    double covered = 0;
    for (QuestionTerms slot : slots) {
      total += slot.weight();
      covered += slot.weight() * slot.coveredBy(entry);
    }
    return total == 0 ? 0 : covered / total;
  }
}
