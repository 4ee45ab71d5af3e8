package com.partnershipbot.matching;

import com.partnershipbot.knowledge.FaqEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the matcher knows about one question, and the confidence it gives each entry.
 *
 * <p>An entry's confidence blends its lexical confidence ({@link LexicalResult}) with its best
 * cosine similarity to the question, rescaled between the {@link Fusion}'s floor (no support) and
 * ceiling (full support). Lucene is precise on the FAQ's own words and typos; the encoder
 * recognises paraphrases that share no word with the curated text. If the question is more
 * similar to an off-topic example than to the leading entry (give or take the slack), every
 * confidence drops by the off-topic weight times the gap. Strong wording evidence stands on its
 * own: an entry keeps at least its lexical confidence times {@link Fusion#lexicalAlone()}, so a
 * synonym, alias or keyword from bot-config can lead to an answer the encoder does not
 * understand (an internal code name, say). Without the encoder, that share of the lexical
 * confidence is all there is: the same thresholds then answer only on strong wording evidence.
 */
final class Evidence {

  private final LexicalResult words;
  private final Map<Integer, Double> similarity;
  private final NearestOffTopic offTopic;
  private final Fusion fusion;

  private Evidence(LexicalResult words, Map<Integer, Double> similarity, NearestOffTopic offTopic, Fusion fusion) {
    this.words = words;
    this.similarity = similarity;
    this.offTopic = offTopic;
    this.fusion = fusion;
  }

  /** The off-topic example closest to the question: its similarity and kind (null kind: none). */
  record NearestOffTopic(double similarity, String kind) {
    static final NearestOffTopic NONE = new NearestOffTopic(-1, null);
  }

  /** Lucene's opinion alone, scaled as the blend scales strong wording evidence, so the thresholds stay cautious. */
  static Evidence lexicalOnly(LexicalResult words, Fusion fusion) {
    return new Evidence(words, null, NearestOffTopic.NONE, fusion);
  }

  static Evidence fused(LexicalResult words, Map<Integer, Double> similarity, NearestOffTopic offTopic,
      Fusion fusion) {
    return new Evidence(words, Map.copyOf(similarity), offTopic, fusion);
  }

  /**
   * The kind of off-topic question this one resembles more than it resembles the best entry
   * (by the off-topic slack), if any: "own organisation", say.
   */
  Optional<String> offTopicKind() {
    double leading = considered().stream().mapToDouble(this::similarity).max().orElse(-1);
    return offTopic.kind() != null && offTopic.similarity() + fusion.offTopicSlack() > leading
        ? Optional.of(offTopic.kind()) : Optional.empty();
  }

  /** Entries worth considering: Lucene's hits and the encoder's nearest entries. */
  Set<Integer> considered() {
    Set<Integer> entries = new LinkedHashSet<>(words.ranked());
    if (similarity != null) {
      entries.addAll(similarity.keySet());
    }
    return entries;
  }

  /** Cosine between the question and its nearest off-topic example; -1 without the encoder. */
  double offTopicSimilarity() {
    return offTopic.similarity();
  }

  double lexical(int entry) {
    return words.confidence(entry);
  }

  /** Best cosine between the question and the entry's sentences; -1 without the encoder. */
  double similarity(int entry) {
    return similarity == null ? -1 : similarity.getOrDefault(entry, -1.0);
  }

  /**
   * The confidence of the best entry, as {@link #ranked} gives it: what decides whether a second
   * encoder is asked.
   */
  double bestConfidence() {
    Set<Integer> considered = considered();
    if (considered.isEmpty()) {
      return 0;
    }
    double penalty = penalty(considered.stream().max(Comparator.comparingDouble(this::blend)).orElseThrow());
    return considered.stream().mapToDouble(entry -> confidence(entry, penalty)).max().orElse(0);
  }

  /**
   * This evidence with a second encoder's similarities and nearest off-topic example mixed into
   * the first's (the off-topic kind stays the first encoder's).
   */
  Evidence withSecondOpinion(Map<Integer, Double> second, NearestOffTopic secondOffTopic, Tuning.SecondOpinion how) {
    Set<Integer> entries = new LinkedHashSet<>(considered());
    entries.addAll(second.keySet());
    Map<Integer, Double> mixed = new HashMap<>();
    for (int entry : entries) {
      mixed.put(entry, how.mixed(similarity(entry), second.getOrDefault(entry, -1.0), fusion));
    }
    NearestOffTopic off = new NearestOffTopic(how.mixed(offTopic.similarity(), secondOffTopic.similarity(), fusion),
        offTopic.kind());
    return new Evidence(words, Map.copyOf(mixed), off, fusion);
  }

  /** The same evidence blended another way (to calibrate the blend without matching again). */
  Evidence blendedBy(Fusion other) {
    return new Evidence(words, similarity, offTopic, other);
  }

  /** What went into one entry's confidence, for people tuning the FAQ. */
  String explain(int entry) {
    int leader = considered().stream().max(Comparator.comparingDouble(this::blend)).orElse(entry);
    return String.format("lexical %.3f meaning %.3f blend %.3f penalty %.3f offTopic %.3f(%s)", lexical(entry),
        similarity(entry), blend(entry), penalty(leader), offTopic.similarity(), offTopic.kind());
  }

  /** Every considered entry with its confidence, best first. */
  List<Candidate> ranked(List<FaqEntry> entries) {
    List<Integer> considered = new ArrayList<>(considered());
    if (considered.isEmpty()) {
      return List.of();
    }
    int leader = considered.stream().max(Comparator.comparingDouble(this::blend)).orElseThrow();
    double penalty = penalty(leader);
    List<Candidate> ranked = new ArrayList<>(considered.size());
    for (int entry : considered) {
      ranked.add(new Candidate(entries.get(entry).id(), Math.round(confidence(entry, penalty) * 1000) / 1000.0));
    }
    ranked.sort(Comparator.comparingDouble(Candidate::score).reversed());
    return ranked;
  }

  private double confidence(int entry, double penalty) {
    double score = Math.max(blend(entry) - penalty, fusion.lexicalAlone() * lexical(entry));
    return Math.max(0, Math.min(1, score));
  }

  private double blend(int entry) {
    if (similarity == null) {
      return fusion.lexicalAlone() * lexical(entry);
    }
    double support = (similarity(entry) - fusion.similarityFloor())
        / (fusion.similarityCeiling() - fusion.similarityFloor());
    double weight = fusion.lexicalWeight();
    return weight * lexical(entry) + (1 - weight) * Math.max(0, Math.min(1, support));
  }

  private double penalty(int leader) {
    if (similarity == null) {
      return 0;
    }
    return fusion.offTopicWeight() * Math.max(0, offTopic.similarity() - similarity(leader) + fusion.offTopicSlack());
  }
}
