package com.partnershipbot.matching;

import com.partnershipbot.knowledge.Knowledge;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * How alike two questions are, on the terms the matcher sees: the same cleaning, stop words,
 * stemming and bot.yml synonyms (a word and its synonyms count as one term). Used to group
 * near-duplicate unanswered questions, so "gemini on azure?" and "Can we use Gemini via Azure" meet.
 */
public final class QuestionSimilarity {
  private final FaqAnalyzers analyzers;

  private QuestionSimilarity(FaqAnalyzers analyzers) {
    this.analyzers = analyzers;
  }

  public static QuestionSimilarity of(Knowledge knowledge) {
    return new QuestionSimilarity(new FaqAnalyzers(knowledge.settings().synonyms()));
  }

  /** The question's meaningful terms, each synonym group standing as one term. */
  public Set<String> terms(String question) {
    Set<String> terms = new HashSet<>();
    for (FaqAnalyzers.Token token : analyzers.questionTokens(QuestionText.clean(question))) {
      if (!token.terms().isEmpty()) {
        terms.add(Collections.min(token.terms()));
      }
    }
    return terms;
  }

  /** Shared terms over all terms (Jaccard), 0 to 1; 0 when either side has no meaningful term. */
  public static double similarity(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    return shared.size() / (double) (a.size() + b.size() - shared.size());
  }
}
