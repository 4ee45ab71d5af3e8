package com.partnershipbot.matching;

import com.partnershipbot.knowledge.FaqEntry;
import com.partnershipbot.knowledge.Knowledge;
import com.partnershipbot.knowledge.MatchingSettings;
import com.partnershipbot.knowledge.TopicKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Finds the curated entry a question is about, or knows that none fits.
 *
 * <p>A typed id, alias or one of an entry's own questions resolves directly. Anything else is
 * ranked by Lucene (BM25 over title, questions and answer, with English stemming, the bot.yml
 * synonyms and fuzzy matching for typos). Lucene's ranking alone cannot say "none of these": its
 * scores are not comparable between questions. So each candidate's confidence is the share of the
 * question's meaningful words (weighted by inverse document frequency) that the entry's curated
 * text covers, scaled by its Lucene score relative to the best hit. Unknown words weigh most, so
 * a question about something the FAQ never mentions scores low and gets {@code NO_ANSWER}.
 */
public final class FaqMatcher {
  static final int MAX_SLOTS = 32;
  private static final int CANDIDATES = 3;
  private static final int HITS = 10;
  private static final int FUZZY_EXPANSIONS = 3;
  private static final double FUZZY_FACTOR = 0.8;
  private static final float TITLE_BOOST = 2.0f;
  private static final float QUESTIONS_BOOST = 1.5f;
  private static final float ANSWER_BOOST = 0.4f;

  private final FaqAnalyzers analyzers;
  private final FaqIndex index;
  private final Map<String, String> directKeys;
  private final MatchingSettings settings;

  private FaqMatcher(FaqAnalyzers analyzers, FaqIndex index, Map<String, String> directKeys,
      MatchingSettings settings) {
    this.analyzers = analyzers;
    this.index = index;
    this.directKeys = directKeys;
    this.settings = settings;
  }

  public static FaqMatcher build(Knowledge knowledge) {
    FaqAnalyzers analyzers = new FaqAnalyzers(knowledge.settings().synonyms());
    FaqIndex index = FaqIndex.build(knowledge.entries(), analyzers);
    return new FaqMatcher(analyzers, index, directKeys(knowledge.entries()), knowledge.settings().matching());
  }

  public Match match(String question) {
    String text = QuestionText.clean(question);
    if (text.isEmpty()) {
      return Match.noAnswer(0, List.of());
    }
    String direct = directKeys.get(TopicKeys.normalize(text));
    if (direct != null) {
      return Match.answer(direct, 1.0, List.of(new Candidate(direct, 1.0)));
    }
    List<QuestionTerms> slots = slots(text);
    if (slots.isEmpty()) {
      return Match.noAnswer(0, List.of());
    }
    return decide(rank(slots));
  }

  private Match decide(List<Candidate> ranked) {
    if (ranked.isEmpty()) {
      return Match.noAnswer(0, List.of());
    }
    List<Candidate> top = ranked.subList(0, Math.min(CANDIDATES, ranked.size()));
    Candidate best = top.get(0);
    double runnerUp = top.size() > 1 ? top.get(1).score() : 0;
    if (best.score() >= settings.answerThreshold() && best.score() - runnerUp >= settings.clarifyMargin()) {
      return Match.answer(best.id(), best.score(), top);
    }
    List<Candidate> choices = top.stream().filter(c -> c.score() >= settings.clarifyThreshold()).toList();
    if (choices.isEmpty()) {
      return Match.noAnswer(best.score(), top);
    }
    return Match.clarify(choices);
  }

  private List<Candidate> rank(List<QuestionTerms> slots) {
    IndexSearcher searcher = index.searcher();
    try {
      ScoreDoc[] hits = searcher.search(query(slots), HITS).scoreDocs;
      if (hits.length == 0) {
        return List.of();
      }
      float topScore = hits[0].score;
      List<Candidate> ranked = new ArrayList<>(hits.length);
      for (ScoreDoc hit : hits) {
        IndexedEntry entry = index.entry(hit.doc);
        double coverage = QuestionTerms.coverage(slots, entry);
        double confidence = coverage * (0.6 + 0.4 * hit.score / topScore);
        ranked.add(new Candidate(entry.id(), round(confidence)));
      }
      ranked.sort(Comparator.comparingDouble(Candidate::score).reversed());
      return ranked;
    } catch (IOException e) {
      throw new UncheckedIOException("searching an in-memory index cannot fail", e);
    }
  }

  private Query query(List<QuestionTerms> slots) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (QuestionTerms slot : slots) {
      for (Map.Entry<String, Double> term : slot.termFactors().entrySet()) {
        float factor = term.getValue().floatValue();
        query.add(field(FaqIndex.TITLE, term.getKey(), TITLE_BOOST * factor), BooleanClause.Occur.SHOULD);
        query.add(field(FaqIndex.QUESTIONS, term.getKey(), QUESTIONS_BOOST * factor), BooleanClause.Occur.SHOULD);
        query.add(field(FaqIndex.ANSWER, term.getKey(), ANSWER_BOOST * factor), BooleanClause.Occur.SHOULD);
      }
    }
    return query.build();
  }

  private static Query field(String field, String term, float boost) {
    return new BoostQuery(new TermQuery(new Term(field, term)), boost);
  }

  /** The question's positions with their weights; out-of-vocabulary words try fuzzy spellings. */
  private List<QuestionTerms> slots(String text) {
    List<List<String>> positions = analyzers.questionSlots(text);
    List<QuestionTerms> slots = new ArrayList<>();
    IndexReader reader = index.searcher().getIndexReader();
    try {
      for (List<String> alternatives : positions.subList(0, Math.min(MAX_SLOTS, positions.size()))) {
        slots.add(resolve(alternatives, reader));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading an in-memory index cannot fail", e);
    }
    return slots;
  }

  private QuestionTerms resolve(List<String> alternatives, IndexReader reader) throws IOException {
    Map<String, Double> factors = new LinkedHashMap<>();
    int smallestDocFreq = Integer.MAX_VALUE;
    for (String term : alternatives) {
      int docFreq = reader.docFreq(new Term(FaqIndex.ALL, term));
      if (docFreq > 0) {
        factors.put(term, 1.0);
        smallestDocFreq = Math.min(smallestDocFreq, docFreq);
      }
    }
    if (factors.isEmpty()) {
      for (String term : alternatives) {
        factors.putAll(fuzzy(term));
      }
    }
    int docFreq = smallestDocFreq == Integer.MAX_VALUE ? 0 : smallestDocFreq;
    return new QuestionTerms(factors, idf(docFreq, reader.numDocs()));
  }

  /** Indexed spellings within one edit (two for long words) of a typed word, best first. */
  private Map<String, Double> fuzzy(String term) throws IOException {
    Map<String, Double> found = new HashMap<>();
    if (term.length() < 4) {
      return found;
    }
    int edits = term.length() >= 7 ? 2 : 1;
    FuzzyQuery fuzzy = new FuzzyQuery(new Term(FaqIndex.ALL, term), edits, 1, FUZZY_EXPANSIONS, true);
    Query rewritten = index.searcher().rewrite(fuzzy);
    if (rewritten instanceof BooleanQuery expansions) {
      for (BooleanClause clause : expansions.clauses()) {
        collectFuzzyTerm(clause.getQuery(), found);
      }
    } else {
      collectFuzzyTerm(rewritten, found);
    }
    return found;
  }

  private static void collectFuzzyTerm(Query query, Map<String, Double> found) {
    Query inner = query instanceof BoostQuery boosted ? boosted.getQuery() : query;
    if (inner instanceof TermQuery termQuery) {
      found.put(termQuery.getTerm().text(), FUZZY_FACTOR);
    }
  }

  /** Lucene's BM25 inverse document frequency. */
  private static double idf(int docFreq, int docCount) {
    return Math.log(1 + (docCount - docFreq + 0.5) / (docFreq + 0.5));
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  private static Map<String, String> directKeys(List<FaqEntry> entries) {
    Map<String, String> keys = new HashMap<>();
    for (FaqEntry entry : entries) {
      keys.putIfAbsent(TopicKeys.normalize(entry.id()), entry.id());
      keys.putIfAbsent(TopicKeys.normalize(entry.id().replace('-', ' ')), entry.id());
      entry.aliases().forEach(alias -> keys.putIfAbsent(TopicKeys.normalize(alias), entry.id()));
    }
    for (FaqEntry entry : entries) {
      keys.putIfAbsent(TopicKeys.normalize(entry.title()), entry.id());
      entry.questions().forEach(q -> keys.putIfAbsent(TopicKeys.normalize(q), entry.id()));
    }
    return Map.copyOf(keys);
  }
}
