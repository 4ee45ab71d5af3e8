package com.partnershipbot.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Lucene's side of matching: analyses a question into weighted terms (stems, bot.yml synonyms,
 * close spellings for typos) and ranks entries with BM25 over title, curated questions and answer.
 */
final class LexicalScorer {
  private final FaqAnalyzers analyzers;
  private final FaqIndex index;
  private final Tuning.Lexical tuning;

  LexicalScorer(FaqAnalyzers analyzers, FaqIndex index, Tuning.Lexical tuning) {
    this.analyzers = analyzers;
    this.index = index;
    this.tuning = tuning;
  }

  /** Analyses and ranks one question; {@code hits} bounds how many entries Lucene returns. */
  LexicalResult score(String text, int hits) {
    List<QuestionTerms> slots = slots(text);
    if (slots.stream().allMatch(QuestionTerms::isEmpty)) {
      return new LexicalResult(index, slots, new ScoreDoc[0]);
    }
    try {
      return new LexicalResult(index, slots, index.searcher().search(query(slots), hits).scoreDocs);
    } catch (IOException e) {
      throw new UncheckedIOException("searching an in-memory index cannot fail", e);
    }
  }

  private Query query(List<QuestionTerms> slots) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (QuestionTerms slot : slots) {
      for (Map.Entry<String, Double> term : slot.termFactors().entrySet()) {
        float factor = term.getValue().floatValue();
        query.add(field(FaqIndex.TITLE, term.getKey(), tuning.titleBoost() * factor), BooleanClause.Occur.SHOULD);
        query.add(field(FaqIndex.QUESTIONS, term.getKey(), tuning.questionsBoost() * factor), BooleanClause.Occur.SHOULD);
        query.add(field(FaqIndex.ANSWER, term.getKey(), tuning.answerBoost() * factor), BooleanClause.Occur.SHOULD);
      }
    }
    return query.build();
  }

  private static Query field(String field, String term, float boost) {
    return new BoostQuery(new TermQuery(new Term(field, term)), boost);
  }

  /** The question's positions with their weights; out-of-vocabulary words try fuzzy spellings. */
  private List<QuestionTerms> slots(String text) {
    List<FaqAnalyzers.Token> tokens = analyzers.questionTokens(text);
    List<QuestionTerms> slots = new ArrayList<>();
    IndexReader reader = index.searcher().getIndexReader();
    try {
      for (FaqAnalyzers.Token token : tokens.subList(0, Math.min(tuning.maxWords(), tokens.size()))) {
        slots.add(resolve(token, EnglishWords.contains(text.substring(token.start(), token.end())), reader));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading an in-memory index cannot fail", e);
    }
    return slots;
  }

  /**
   * A word weighs as much as its rarest known spelling is rare; unknown words weigh most. A word
   * the FAQ does not use is tried as a typo of one it does; a real English word only as another
   * form of an FAQ word ("financial" for "finance", not "founded" for "fund").
   */
  private QuestionTerms resolve(FaqAnalyzers.Token token, boolean englishWord, IndexReader reader)
      throws IOException {
    Map<String, Double> factors = new LinkedHashMap<>();
    int docFreq = 0;
    for (String term : token.terms()) {
      int termDocFreq = reader.docFreq(new Term(FaqIndex.ALL, term));
      if (termDocFreq > 0) {
        factors.put(term, 1.0);
        docFreq = docFreq == 0 ? termDocFreq : Math.min(docFreq, termDocFreq);
      }
    }
    String correction = null;
    if (factors.isEmpty()) {
      for (String term : token.terms()) {
        Map<String, Double> spellings = fuzzy(term, englishWord ? tuning.sameWordPrefix() : 1);
        if (correction == null && !spellings.isEmpty()) {
          correction = spellings.keySet().iterator().next();
        }
        spellings.forEach(factors::putIfAbsent);
      }
    }
    return new QuestionTerms(factors, idf(docFreq, reader.numDocs()), token.start(), token.end(), correction);
  }

  /**
   * Indexed spellings within one edit (two for long words) of a typed word that start with the
   * same {@code prefix} letters, closest first.
   */
  private Map<String, Double> fuzzy(String term, int prefix) throws IOException {
    Map<String, Double> found = new LinkedHashMap<>();
    if (term.length() < Math.max(4, prefix)) {
      return found;
    }
    int edits = term.length() >= tuning.longWord() ? 2 : 1;
    FuzzyQuery fuzzy = new FuzzyQuery(new Term(FaqIndex.ALL, term), edits, prefix, tuning.fuzzyExpansions(), true);
    Query rewritten = index.searcher().rewrite(fuzzy);
    List<BoostQuery> spellings = new ArrayList<>();
    if (rewritten instanceof BooleanQuery expansions) {
      for (BooleanClause clause : expansions.clauses()) {
        collectFuzzyTerm(clause.getQuery(), spellings);
      }
    } else {
      collectFuzzyTerm(rewritten, spellings);
    }
    spellings.sort(Comparator.comparingDouble(BoostQuery::getBoost).reversed());
    for (BoostQuery spelling : spellings) {
      found.put(((TermQuery) spelling.getQuery()).getTerm().text(), tuning.fuzzyFactor());
    }
    return found;
  }

  private static void collectFuzzyTerm(Query query, List<BoostQuery> spellings) {
    if (query instanceof BoostQuery boosted && boosted.getQuery() instanceof TermQuery) {
      spellings.add(boosted);
    } else if (query instanceof TermQuery) {
      spellings.add(new BoostQuery(query, 1f));
    }
  }

  /** Lucene's BM25 inverse document frequency. */
  private static double idf(int docFreq, int docCount) {
    return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
  }
}
