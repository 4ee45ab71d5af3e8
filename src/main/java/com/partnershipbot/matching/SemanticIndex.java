package com.partnershipbot.matching;

import com.partnershipbot.knowledge.FaqEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.regex.Pattern;

/**
 * Sentence vectors of each entry's title and alternate questions, then of its answer's lines. An
 * entry's similarity to a question is the best cosine over all of them; the curated sentences
 * come first, so they keep their places for the confusable check and the "closest question". In
 * a large FAQ the entries closest in meaning are first shortlisted through {@link Clusters} of their mean vectors, so a question is compared
 * with a small part of the FAQ rather than with every sentence.
 */
final class SemanticIndex {
  /** Up to this many entries, every sentence is compared; beyond it, a shortlist is made first. */
  static final int EXACT_LIMIT = 512;
  private static final int SHORTLIST = 48;
  /** Emphasis, bullets and link brackets in an answer: not words. */
  private static final Pattern MARKUP = Pattern.compile("[*_•`<>|]");

  private final int dimensions;
  private final float[] rows;
  private final int[] firstRow;
  private final int[] curated;
  private final Clusters clusters;

  private SemanticIndex(int dimensions, float[] rows, int[] firstRow, int[] curated, Clusters clusters) {
    this.dimensions = dimensions;
    this.rows = rows;
    this.firstRow = firstRow;
    this.curated = curated;
    this.clusters = clusters;
  }

  /** Indexes each entry's curated sentences alone (see {@link #build(List, List, int[])}). */
  static SemanticIndex build(List<List<String>> sentencesPerEntry, List<float[]> vectors) {
    return build(sentencesPerEntry, vectors, sentencesPerEntry.stream().mapToInt(List::size).toArray());
  }

  /**
   * Indexes each entry's sentences; {@code vectors} holds them all, entry after entry, and the
   * first {@code curated[entry]} of an entry's sentences are its title and questions.
   */
  static SemanticIndex build(List<List<String>> sentencesPerEntry, List<float[]> vectors, int[] curated) {
    int[] firstRow = new int[sentencesPerEntry.size() + 1];
    for (int i = 0; i < sentencesPerEntry.size(); i++) {
      firstRow[i + 1] = firstRow[i] + sentencesPerEntry.get(i).size();
    }
    int dimensions = vectors.isEmpty() ? 0 : vectors.get(0).length;
    float[] rows = new float[vectors.size() * dimensions];
    for (int i = 0; i < vectors.size(); i++) {
      System.arraycopy(vectors.get(i), 0, rows, i * dimensions, dimensions);
    }
    int entries = sentencesPerEntry.size();
    Clusters clusters = entries > EXACT_LIMIT
        ? Clusters.of(centroids(rows, firstRow, dimensions), entries, dimensions) : null;
    return new SemanticIndex(dimensions, rows, firstRow, curated.clone(), clusters);
  }

  /** The sentences that stand for an entry: its title and every alternate question. */
  static List<String> sentences(FaqEntry entry) {
    List<String> sentences = new ArrayList<>(entry.questions().size() + 1);
    sentences.add(entry.title());
    sentences.addAll(entry.questions());
    return sentences;
  }

  /**
   * The lines of an entry's answer with at least {@code minWords} words, markup removed: a
   * question that restates a fact of the answer ("so Azure hosting goes away if OpenAI adds
   * capacity elsewhere?") finds it there even when no curated question is put that way. Zero
   * reads none.
   */
  static List<String> answerLines(FaqEntry entry, int minWords) {
    if (minWords <= 0) {
      return List.of();
    }
    return entry.answer().lines().map(line -> MARKUP.matcher(line).replaceAll(" ").strip().replaceAll("\\s+", " "))
        .filter(line -> !line.isEmpty() && line.split(" ").length >= minWords).toList();
  }

  int size() {
    return firstRow.length - 1;
  }

  /** How many curated sentences stand for the entry (see {@link #sentences(FaqEntry)}); its answer's lines are not counted. */
  int sentenceCount(int entry) {
    return curated[entry];
  }

  /** The vector of one sentence, given by its entry and its place among that entry's sentences. */
  float[] vector(int entry, int sentence) {
    int from = (firstRow[entry] + sentence) * dimensions;
    return Arrays.copyOfRange(rows, from, from + dimensions);
  }

  /** The cosine between the query and one sentence of the entry. */
  double similarity(float[] query, int entry, int sentence) {
    return Vectors.dot(query, rows, (firstRow[entry] + sentence) * dimensions);
  }

  /** Every entry worth comparing (all of a small FAQ, the shortlist of a large one) with its similarity. */
  List<Scored> scored(float[] query) {
    int[] candidates = candidates(query);
    List<Scored> scored = new ArrayList<>(candidates.length);
    for (int entry : candidates) {
      scored.add(new Scored(entry, similarity(query, entry)));
    }
    return scored;
  }

  /** The {@code k} best of {@code scored}, best first. */
  static List<Scored> best(List<Scored> scored, int k) {
    PriorityQueue<Scored> best = new PriorityQueue<>(Comparator.comparingDouble(Scored::score));
    for (Scored entry : scored) {
      best.add(entry);
      if (best.size() > k) {
        best.poll();
      }
    }
    List<Scored> ranked = new ArrayList<>(best);
    ranked.sort(Comparator.comparingDouble(Scored::score).reversed());
    return ranked;
  }

  /** The best cosine between the question and any sentence of the entry (-1 if it has none). */
  double similarity(float[] query, int entry) {
    float best = -1;
    float[] pair = new float[2];
    int end = firstRow[entry + 1];
    int row = firstRow[entry];
    for (; row + 1 < end; row += 2) {
      Vectors.dotTwo(query, rows, row * dimensions, (row + 1) * dimensions, pair);
      best = Math.max(Math.max(best, pair[0]), pair[1]);
    }
    if (row < end) {
      best = Math.max(best, Vectors.dot(query, rows, row * dimensions));
    }
    return best;
  }

  private int[] candidates(float[] query) {
    if (clusters != null) {
      return clusters.nearest(query, SHORTLIST);
    }
    int[] all = new int[size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    return all;
  }

  private static float[] centroids(float[] rows, int[] firstRow, int dimensions) {
    int entries = firstRow.length - 1;
    float[] centroids = new float[entries * dimensions];
    for (int entry = 0; entry < entries; entry++) {
      float[] sum = new float[dimensions];
      for (int row = firstRow[entry]; row < firstRow[entry + 1]; row++) {
        for (int d = 0; d < dimensions; d++) {
          sum[d] += rows[row * dimensions + d];
        }
      }
      System.arraycopy(Vectors.normalize(sum), 0, centroids, entry * dimensions, dimensions);
    }
    return centroids;
  }
}
