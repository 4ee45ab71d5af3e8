package com.partnershipbot.matching;

import com.partnershipbot.knowledge.FaqEntry;
import com.partnershipbot.knowledge.Knowledge;
import com.partnershipbot.knowledge.MatchingSettings;
import com.partnershipbot.knowledge.TopicKeys;
import java.nio.file.Path;
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
  private static final int CANDIDATES = 3;
  private static final int LEXICAL_HITS = 10;
  private static final int SEMANTIC_HITS = 10;

  private final List<FaqEntry> entries;
  private final Map<String, String> directKeys;
  private final MatchingSettings settings;
  private final LexicalScorer lexical;
  private final Supplier<SemanticMatching> semantic;
  private final Fusion fusion;

  private FaqMatcher(List<FaqEntry> entries, MatchingSettings settings, LexicalScorer lexical,
      Supplier<SemanticMatching> semantic, Fusion fusion) {
    this.entries = entries;
    this.directKeys = directKeys(entries);
    this.settings = settings;
    this.lexical = lexical;
    this.semantic = semantic;
    this.fusion = fusion;
  }

  /** Builds the matcher, with semantic similarity when the sentence encoder runs on this machine. */
  public static FaqMatcher build(Knowledge knowledge) {
    return build(knowledge, Semantics.shared().orElse(null), Fusion.DEFAULT);
  }

  /**
   * As {@link #build(Knowledge)}, and keeps the sentence vectors in a file under {@code dataDir} as
   * well, so a restart encodes only sentences it has not seen (see docs/matching.md).
   */
  public static FaqMatcher build(Knowledge knowledge, Path dataDir) {
    return build(knowledge, savedIn(dataDir), Fusion.DEFAULT);
  }

  /**
   * As {@link #build(Knowledge, Path)}, but the meaning side (the encoder and the FAQ's sentence
   * vectors) is only loaded for the first question that needs it: a topic key needs neither. For
   * one-off questions from the command line; a server builds everything up front.
   */
  public static FaqMatcher buildOnDemand(Knowledge knowledge, Path dataDir) {
    FaqAnalyzers analyzers = new FaqAnalyzers(knowledge.settings().synonyms());
    LexicalScorer lexical = new LexicalScorer(analyzers, FaqIndex.build(knowledge.entries(), analyzers));
    Supplier<SemanticMatching> semantic = new OnFirstUse<>(() -> Optional.ofNullable(savedIn(dataDir))
        .map(vectors -> SemanticMatching.build(knowledge.entries(), offTopic(knowledge), analyzers, vectors,
            Fusion.DEFAULT)).orElse(null));
    return new FaqMatcher(knowledge.entries(), knowledge.settings().matching(), lexical, semantic, Fusion.DEFAULT);
  }

  private static VectorCache savedIn(Path dataDir) {
    return Semantics.shared().map(cache -> cache.savedIn(dataDir.resolve(VectorFile.NAME))).orElse(null);
  }

  /** Builds the matcher; with {@code vectors} null it uses Lucene alone. */
  static FaqMatcher build(Knowledge knowledge, VectorCache vectors, Fusion fusion) {
    List<FaqEntry> entries = knowledge.entries();
    FaqAnalyzers analyzers = new FaqAnalyzers(knowledge.settings().synonyms());
    LexicalScorer lexical = new LexicalScorer(analyzers, FaqIndex.build(entries, analyzers));
    SemanticMatching semantic = vectors == null ? null
        : SemanticMatching.build(entries, offTopic(knowledge), analyzers, vectors, fusion);
    return new FaqMatcher(entries, knowledge.settings().matching(), lexical, () -> semantic, fusion);
  }

  /** True when meaning, not only wording, takes part in matching. */
  public boolean isSemantic() {
    return semantic.get() != null;
  }

  public Match match(String question) {
    return decide(rank(question), settings);
  }

  /** Every entry worth considering with its confidence, best first; a topic key gives one at 1.0. */
  List<Candidate> rank(String question) {
    String text = QuestionText.clean(question);
    if (text.isEmpty()) {
      return List.of();
    }
    String direct = directKeys.get(TopicKeys.normalize(text));
    if (direct != null) {
      return List.of(new Candidate(direct, 1.0));
    }
    return evidence(text).ranked(entries);
  }

  /** Both opinions on a cleaned question, for every entry worth considering. */
  Evidence evidence(String text) {
    LexicalResult words = lexical.score(text, LEXICAL_HITS);
    SemanticMatching meaning = semantic.get();
    if (meaning == null) {
      return Evidence.lexicalOnly(words, fusion);
    }
    return meaning.evidence(text, words, SEMANTIC_HITS);
  }

  /**
   * The outcome for ranked candidates under the given thresholds. "Did you mean" needs two or three
   * plausible topics: a lone topic that is not good enough to answer with is no answer at all.
   */
  static Match decide(List<Candidate> ranked, MatchingSettings settings) {
    List<Candidate> top = ranked.stream().filter(c -> c.score() > 0).limit(CANDIDATES).toList();
    if (top.isEmpty()) {
      return Match.noAnswer(0, List.of());
    }
    Candidate best = top.get(0);
    double runnerUp = top.size() > 1 ? top.get(1).score() : 0;
    if (best.score() >= settings.answerThreshold() && best.score() - runnerUp >= settings.clarifyMargin()) {
      return Match.answer(best.id(), best.score(), top);
    }
    List<Candidate> choices = top.stream().filter(c -> c.score() >= settings.clarifyThreshold()).toList();
    if (choices.size() < 2) {
      return Match.noAnswer(best.score(), top);
    }
    return Match.clarify(choices);
  }

  /** The built-in off-topic examples, then the admins' own from bot.yml. */
  private static List<String> offTopic(Knowledge knowledge) {
    List<String> examples = new ArrayList<>(OffTopic.examples());
    examples.addAll(knowledge.settings().offTopic());
    return examples;
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
