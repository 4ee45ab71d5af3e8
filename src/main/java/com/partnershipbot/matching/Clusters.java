package com.partnershipbot.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Groups the entries of a large FAQ by meaning (k-means over their mean vectors), so a question
 * is compared with the groups first and then only with the entries of the closest few groups:
 * about a tenth of the FAQ instead of all of it.
 */
final class Clusters {
  private static final int ROUNDS = 4;
  private static final int PROBES = 8;

  private final int dimensions;
  private final float[] centroids;
  private final float[] means;
  private final int[][] members;

  private Clusters(int dimensions, float[] centroids, float[] means, int[][] members) {
    this.dimensions = dimensions;
    this.centroids = centroids;
    this.means = means;
    this.members = members;
  }

  /** Clusters {@code count} unit vectors stored one after another in {@code centroids}. */
  static Clusters of(float[] centroids, int count, int dimensions) {
    int groups = Math.max(1, (int) Math.sqrt(count));
    float[] means = new float[groups * dimensions];
    for (int g = 0; g < groups; g++) {
      int seed = (int) ((long) g * count / groups);
      System.arraycopy(centroids, seed * dimensions, means, g * dimensions, dimensions);
    }
    int[] assignment = new int[count];
    for (int round = 0; round < ROUNDS; round++) {
      float[] current = means;
      IntStream.range(0, count).parallel()
          .forEach(entry -> assignment[entry] = closest(centroids, entry * dimensions, current, groups, dimensions));
      means = recompute(centroids, assignment, groups, dimensions, means);
    }
    return new Clusters(dimensions, centroids, means, members(assignment, groups));
  }

  /** The {@code k} entries whose mean vector is closest to the question, best first. */
  int[] nearest(float[] query, int k) {
    int[] probed = top(query, means, members.length, PROBES, null);
    int size = 0;
    for (int group : probed) {
      size += members[group].length;
    }
    int[] pool = new int[size];
    int at = 0;
    for (int group : probed) {
      System.arraycopy(members[group], 0, pool, at, members[group].length);
      at += members[group].length;
    }
    return top(query, centroids, pool.length, k, pool);
  }

  /** The best {@code k} rows of {@code vectors} (all rows, or those listed in {@code rows}). */
  private int[] top(float[] query, float[] vectors, int count, int k, int[] rows) {
    int keep = Math.min(k, count);
    int[] best = new int[keep];
    float[] scores = new float[keep];
    Arrays.fill(scores, Float.NEGATIVE_INFINITY);
    float[] pair = new float[2];
    for (int i = 0; i < count; i += 2) {
      int row = rows == null ? i : rows[i];
      if (i + 1 < count) {
        int next = rows == null ? i + 1 : rows[i + 1];
        Vectors.dotTwo(query, vectors, row * dimensions, next * dimensions, pair);
        keepIfBetter(row, pair[0], best, scores);
        keepIfBetter(next, pair[1], best, scores);
      } else {
        keepIfBetter(row, Vectors.dot(query, vectors, row * dimensions), best, scores);
      }
    }
    return best;
  }

  /** Inserts the row into the ranking (best first) if it beats the last one kept. */
  private static void keepIfBetter(int row, float score, int[] best, float[] scores) {
    int keep = best.length;
    if (keep > 0 && score > scores[keep - 1]) {
      int at = keep - 1;
      while (at > 0 && scores[at - 1] < score) {
        scores[at] = scores[at - 1];
        best[at] = best[at - 1];
        at--;
      }
      scores[at] = score;
      best[at] = row;
    }
  }

  /** The group whose mean is closest; means are scored two at a time (see {@link Vectors#dotTwo}). */
  private static int closest(float[] vectors, int offset, float[] means, int groups, int dimensions) {
    float[] vector = Arrays.copyOfRange(vectors, offset, offset + dimensions);
    float[] pair = new float[2];
    int best = 0;
    float bestScore = Float.NEGATIVE_INFINITY;
    for (int g = 0; g < groups; g += 2) {
      if (g + 1 < groups) {
        Vectors.dotTwo(vector, means, g * dimensions, (g + 1) * dimensions, pair);
      } else {
        pair[0] = Vectors.dot(vector, means, g * dimensions);
      }
      for (int i = 0; i < 2 && g + i < groups; i++) {
        if (pair[i] > bestScore) {
          best = g + i;
          bestScore = pair[i];
        }
      }
    }
    return best;
  }

  private static float[] recompute(float[] vectors, int[] assignment, int groups, int dimensions, float[] previous) {
    float[] sums = new float[groups * dimensions];
    int[] sizes = new int[groups];
    for (int entry = 0; entry < assignment.length; entry++) {
      int g = assignment[entry];
      sizes[g]++;
      for (int d = 0; d < dimensions; d++) {
        sums[g * dimensions + d] += vectors[entry * dimensions + d];
      }
    }
    float[] means = new float[groups * dimensions];
    for (int g = 0; g < groups; g++) {
      float[] mean = sizes[g] == 0 ? Arrays.copyOfRange(previous, g * dimensions, (g + 1) * dimensions)
          : Vectors.normalize(Arrays.copyOfRange(sums, g * dimensions, (g + 1) * dimensions));
      System.arraycopy(mean, 0, means, g * dimensions, dimensions);
    }
    return means;
  }

  private static int[][] members(int[] assignment, int groups) {
    List<List<Integer>> lists = new ArrayList<>(groups);
    for (int g = 0; g < groups; g++) {
      lists.add(new ArrayList<>());
    }
    for (int entry = 0; entry < assignment.length; entry++) {
      lists.get(assignment[entry]).add(entry);
    }
    int[][] members = new int[groups][];
    for (int g = 0; g < groups; g++) {
      members[g] = lists.get(g).stream().mapToInt(Integer::intValue).toArray();
    }
    return members;
  }
}
