package com.partnershipbot.matching;

import java.util.Set;

/**
 * The analysed terms of one entry. {@code curatedTerms} come from what admins wrote to be matched
 * (title, questions, aliases, keywords); {@code answerTerms} from the answer text, a weaker signal.
 */
record IndexedEntry(String id, Set<String> curatedTerms, Set<String> answerTerms) {

  /** How strongly this entry covers a term: 1 for curated text, 0.5 for the answer only, else 0. */
  double coverage(String term) {
    if (curatedTerms.contains(term)) {
      return 1.0;
    }
    return answerTerms.contains(term) ? 0.5 : 0.0;
  }
}
