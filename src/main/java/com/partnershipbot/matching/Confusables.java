package com.partnershipbot.matching;

import com.partnershipbot.knowledge.FaqEntry;
import com.partnershipbot.matching.Confusable.Kind;
import com.partnershipbot.matching.Confusable.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the curated sentences (titles and questions) that the encoder reads as another answer's.
 * Each sentence, as the matcher encodes it, is compared with every other. It is reported as closer
 * to another answer when that answer's nearest sentence is a paraphrase-level match ({@link #NEAR})
 * and beats the nearest of its own answer by {@link #MARGIN}; a sentence far from everything is an
 * outlier, not a confusion; of two sentences closer to each other, only the one that more clearly
 * belongs elsewhere is reported. Two sentences of different answers at least {@link #OVERLAP} alike are
 * reported as overlapping (and not also as closer). docs/admin-guide.md gives the figures behind
 * the thresholds.
 */
final class Confusables {
  /** Another answer's sentence must be at least this alike: where paraphrases of one question begin. */
  static final double NEAR = 0.75;
  /** How much closer another answer must be than the sentence's own before it is worth a warning. */
  static final double MARGIN = 0.10;
  /** Sentences of two answers at least this alike ask the same thing. */
  static final double OVERLAP = 0.92;

  private static final Comparator<Ref> ORDER = Comparator.comparingInt(Ref::entry).thenComparingInt(Ref::sentence);

  private final List<FaqEntry> entries;
  private final SemanticIndex index;
  private final TreeMap<Ref, TreeMap<Ref, Confusable>> found = new TreeMap<>(ORDER);
  private final Set<Ref> overlapping = new HashSet<>();

  private Confusables(List<FaqEntry> entries, SemanticIndex index) {
    this.entries = entries;
    this.index = index;
  }

  /** The confusable sentences of {@code entries}, whose sentences {@code index} holds, in file order. */
  static List<Confusable> find(List<FaqEntry> entries, SemanticIndex index) {
    return new Confusables(entries, index).find();
  }

  private List<Confusable> find() {
    List<Closer> closer = new ArrayList<>();
    for (int entry = 0; entry < entries.size(); entry++) {
      for (int sentence = 0; sentence < index.sentenceCount(entry); sentence++) {
        check(new Ref(entry, sentence), closer);
      }
    }
    Map<Ref, Closer> byRef = new HashMap<>();
    closer.forEach(c -> byRef.put(c.ref(), c));
    closer.stream().filter(c -> !overlapping.contains(c.ref()) && !outweighed(c, byRef)).forEach(c -> add(c.ref(),
        c.other().ref(), Kind.CLOSER_TO_OTHER, c.other().similarity(), c.own().similarity()));
    return found.values().stream().flatMap(byOther -> byOther.values().stream()).toList();
  }

  /**
   * True when the sentence it is closer to is, in turn, closer to it and by more: the two are one
   * problem, reported once, at the sentence that more clearly belongs elsewhere.
   */
  private static boolean outweighed(Closer closer, Map<Ref, Closer> byRef) {
    Closer back = byRef.get(closer.other().ref());
    return back != null && back.other().ref().equals(closer.ref())
        && (back.gap() > closer.gap() || back.gap() == closer.gap() && ORDER.compare(back.ref(), closer.ref()) < 0);
  }

  /** Notes the sentence's overlaps now, and whether another answer is closer for later. */
  private void check(Ref ref, List<Closer> closer) {
    float[] vector = index.vector(ref.entry(), ref.sentence());
    Nearest other = null;
    for (Scored scored : index.scored(vector)) {
      if (scored.entry() == ref.entry()) {
        continue;
      }
      if (scored.score() >= OVERLAP) {
        overlaps(ref, vector, scored.entry());
      }
      if (other == null || scored.score() > other.similarity()) {
        other = nearestIn(vector, scored.entry(), -1);
      }
    }
    Nearest own = nearestIn(vector, ref.entry(), ref.sentence());
    if (own != null && other != null && other.similarity() >= NEAR
        && other.similarity() >= own.similarity() + MARGIN) {
      closer.add(new Closer(ref, own, other));
    }
  }

  /** Notes each sentence of the other entry that overlaps this one, once per pair, at the pair's first sentence. */
  private void overlaps(Ref ref, float[] vector, int otherEntry) {
    for (int sentence = 0; sentence < index.sentenceCount(otherEntry); sentence++) {
      double similarity = index.similarity(vector, otherEntry, sentence);
      if (similarity >= OVERLAP) {
        Ref other = new Ref(otherEntry, sentence);
        Ref first = ORDER.compare(ref, other) < 0 ? ref : other;
        Ref second = first == ref ? other : ref;
        Nearest own = nearestIn(index.vector(first.entry(), first.sentence()), first.entry(), first.sentence());
        add(first, second, Kind.OVERLAP, similarity, own == null ? similarity : own.similarity());
        overlapping.add(ref);
        overlapping.add(other);
      }
    }
  }

  private void add(Ref ref, Ref other, Kind kind, double similarity, double own) {
    found.computeIfAbsent(ref, r -> new TreeMap<>(ORDER))
        .put(other, new Confusable(kind, sentence(ref), sentence(other), similarity, own));
  }

  /** The entry's sentence nearest to the vector, leaving out sentence {@code skip}; null when there is none. */
  private Nearest nearestIn(float[] vector, int entry, int skip) {
    Nearest best = null;
    for (int sentence = 0; sentence < index.sentenceCount(entry); sentence++) {
      if (sentence == skip) {
        continue;
      }
      double similarity = index.similarity(vector, entry, sentence);
      if (best == null || similarity > best.similarity()) {
        best = new Nearest(new Ref(entry, sentence), similarity);
      }
    }
    return best;
  }

  /** Sentence 0 is the title, sentence i the question i - 1 (see {@link SemanticIndex#sentences}). */
  private Sentence sentence(Ref ref) {
    FaqEntry entry = entries.get(ref.entry());
    return ref.sentence() == 0 ? new Sentence(entry.id(), Sentence.TITLE, entry.title())
        : new Sentence(entry.id(), ref.sentence() - 1, entry.questions().get(ref.sentence() - 1));
  }

  /** A sentence by its entry's place in the FAQ and its own place among the entry's sentences. */
  private record Ref(int entry, int sentence) {}

  /** A sentence and its similarity to the one being checked. */
  private record Nearest(Ref ref, double similarity) {}

  /** A sentence whose nearest sentence elsewhere beats its nearest in its own answer. */
  private record Closer(Ref ref, Nearest own, Nearest other) {
    double gap() {
      return other.similarity() - own.similarity();
    }
  }
}
