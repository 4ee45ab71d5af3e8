package com.partnershipbot.matching;

import com.partnershipbot.knowledge.FaqEntry;
import com.partnershipbot.knowledge.Knowledge;
import com.partnershipbot.knowledge.MatchingSettings;
import com.partnershipbot.knowledge.TopicKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds the curated entry a question is about, or knows that none fits.
 *
 * <p>A typed id, alias, title or one of an entry's own questions resolves directly. Anything else
 * gets two opinions. Lucene (BM25 with English stemming, the bot.yml synonyms and typo tolerance)
 * says how much of the question's wording an entry covers; a sentence encoder says how close the
 * question's meaning is to the entry's title and alternate questions. Their blend ranks the
 * entries (see {@link Evidence}). A question that sits nearer to a known kind of off-topic question
 * than to the best entry loses confidence. The thresholds in bot.yml then decide between
 * answering, offering two or three choices, and saying the bot has no answer.
 */
public final class FaqMatcher {
  /** How many candidates an {@link Explanation} shows. */
  static final int EXPLAINED = 5;
  private final List<FaqEntry> entries;
  private final Map<String, String> directKeys;
  private final MatchingSettings settings;
  private final LexicalScorer lexical;
  private final Supplier<Optional<SemanticMatching>> semantic;
  private final Tuning tuning;

  private FaqMatcher(List<FaqEntry> entries, MatchingSettings settings, LexicalScorer lexical,
      Supplier<Optional<SemanticMatching>> semantic, Tuning tuning) {
    this.entries = entries;
    this.directKeys = directKeys(entries);
    this.settings = settings;
    this.lexical = lexical;
    this.semantic = semantic;
    this.tuning = tuning;
  }

  /** Built by {@link MatcherFactory}; {@code semantic} is the meaning side, empty for Lucene alone. */
  static FaqMatcher build(Knowledge knowledge, Supplier<Optional<SemanticMatching>> semantic, Tuning tuning) {
    FaqAnalyzers analyzers = new FaqAnalyzers(knowledge.settings().synonyms());
    LexicalScorer lexical = new LexicalScorer(analyzers, FaqIndex.build(knowledge.entries(), analyzers),
        tuning.lexical());
    return new FaqMatcher(knowledge.entries(), knowledge.settings().matching(), lexical, semantic, tuning);
  }

  /** True when meaning, not only wording, takes part in matching. */
  public boolean isSemantic() {
    return semantic.get().isPresent();
  }

  public Match match(String question) {
    String text = QuestionText.clean(question);
    Optional<Candidate> direct = direct(text);
    if (text.isEmpty() || direct.isPresent()) {
      return decide(direct.stream().toList(), settings, tuning.candidates());
    }
    Evidence evidence = evidence(text);
    return decide(evidence.ranked(entries), settings, tuning.candidates()).resembling(evidence.offTopicKind());
  }

  /** Every entry worth considering with its confidence, best first; a topic key gives one at 1.0. */
  List<Candidate> rank(String question) {
    String text = QuestionText.clean(question);
    Optional<Candidate> direct = direct(text);
    if (text.isEmpty() || direct.isPresent()) {
      return direct.stream().toList();
    }
    return evidence(text).ranked(entries);
  }

  /** The entries, in the order the evidence numbers them. */
  List<FaqEntry> entries() {
    return entries;
  }

  /** What went into each of the best candidates' confidence, one line each, for people tuning the FAQ. */
  List<String> explain(String question) {
    String text = QuestionText.clean(question);
    Evidence evidence = evidence(text);
    List<String> lines = new ArrayList<>();
    for (Candidate candidate : evidence.ranked(entries).stream().limit(3).toList()) {
      int index = entries.stream().map(FaqEntry::id).toList().indexOf(candidate.id());
      lines.add(candidate.id() + " " + candidate.score() + ": " + evidence.explain(index));
    }
    return lines;
  }

  /**
   * Why the question gets the outcome {@link #match} gives it: the best candidates with the parts of
   * their confidence, the thresholds in force and the one that decided.
   */
  public Explanation explanation(String question) {
    String text = QuestionText.clean(question);
    Optional<Candidate> direct = direct(text);
    if (text.isEmpty() || direct.isPresent()) {
      Match match = decide(direct.stream().toList(), settings, tuning.candidates());
      return new Explanation(direct.stream().map(c -> new Explanation.Reason(c.id(), c.score(), 1.0,
          Optional.empty(), Optional.empty())).toList(), settings,
          direct.isPresent() ? Decisions.topicKey(match) : Decisions.of(match, List.of(), settings));
    }
    LexicalResult words = lexical.score(text, tuning.lexicalHits());
    Optional<SemanticMatching> meaning = semantic.get();
    Evidence evidence = meaning.map(m -> m.evidence(text, words))
        .orElseGet(() -> Evidence.lexicalOnly(words, tuning.fusion()));
    List<Candidate> ranked = evidence.ranked(entries);
    Match match = decide(ranked, settings, tuning.candidates()).resembling(evidence.offTopicKind());
    List<Explanation.Reason> reasons = ranked.stream().limit(EXPLAINED)
        .map(candidate -> reason(candidate, evidence, meaning.map(m -> m.closest(text, words))))
        .toList();
    return new Explanation(reasons, settings, Decisions.of(match, top(ranked, tuning.candidates()), settings));
  }

  private Explanation.Reason reason(Candidate candidate, Evidence evidence, Optional<Closest> closest) {
    int index = entryIndex(candidate.id());
    double similarity = evidence.similarity(index);
    Optional<Double> meaning = closest.isPresent() && similarity > -1
        ? Optional.of(Math.round(similarity * 1000) / 1000.0) : Optional.empty();
    return new Explanation.Reason(candidate.id(), candidate.score(), Math.round(evidence.lexical(index) * 1000) / 1000.0,
        meaning, closest.map(c -> c.sentence(index, entries.get(index))));
  }

  private int entryIndex(String id) {
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no entry " + id);
  }

  /** A typed id, alias, title or curated question leads straight to its entry. */
  private Optional<Candidate> direct(String text) {
    return Optional.ofNullable(directKeys.get(TopicKeys.normalize(text))).map(id -> new Candidate(id, 1.0));
  }

  /** Both opinions on a cleaned question, for every entry worth considering. */
  Evidence evidence(String text) {
    LexicalResult words = lexical.score(text, tuning.lexicalHits());
    return semantic.get().map(meaning -> meaning.evidence(text, words))
        .orElseGet(() -> Evidence.lexicalOnly(words, tuning.fusion()));
  }

  /**
   * The outcome for ranked candidates under the given thresholds: an answer, two or three topics
   * to choose from, one topic to suggest, or no answer.
   */
  static Match decide(List<Candidate> ranked, MatchingSettings settings, int candidates) {
    List<Candidate> top = top(ranked, candidates);
    if (top.isEmpty()) {
      return Match.noAnswer(0, List.of());
    }
    Candidate best = top.get(0);
    double runnerUp = top.size() > 1 ? top.get(1).score() : 0;
    if (best.score() >= settings.answerThreshold() && best.score() - runnerUp >= settings.clarifyMargin()) {
      return Match.answer(best.id(), best.score(), top);
    }
    List<Candidate> choices = top.stream().filter(c -> c.score() >= settings.clarifyThreshold()).toList();
    if (choices.size() > 1) {
      return Match.clarify(choices);
    }
    return best.score() >= settings.suggestThreshold() ? Match.suggest(best) : Match.noAnswer(best.score(), top);
  }

  private static List<Candidate> top(List<Candidate> ranked, int candidates) {
    return ranked.stream().filter(c -> c.score() > 0).limit(candidates).toList();
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
