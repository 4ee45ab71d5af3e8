package com.partnershipbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shortlist of a large FAQ finds the entries a full comparison would find. */
class ClustersTest {
  private static final int DIMENSIONS = 24;
  private static final int ENTRIES = 3000;

  @Test
  void shortlistHoldsTheClosestEntry() {
    Random random = new Random(11);
    float[] vectors = new float[ENTRIES * DIMENSIONS];
    for (int entry = 0; entry < ENTRIES; entry++) {
      System.arraycopy(randomUnit(random), 0, vectors, entry * DIMENSIONS, DIMENSIONS);
    }
    Clusters clusters = Clusters.of(vectors, ENTRIES, DIMENSIONS);

    for (int i = 0; i < 200; i++) {
      int target = random.nextInt(ENTRIES);
      float[] query = nudged(vectors, target, random);

      assertThat(clusters.nearest(query, 10)).contains(bestByFullScan(vectors, query));
    }
  }

  @Test
  void shortlistIsBestFirstAndNoLongerThanAsked() {
    Random random = new Random(5);
    float[] vectors = new float[ENTRIES * DIMENSIONS];
    for (int entry = 0; entry < ENTRIES; entry++) {
      System.arraycopy(randomUnit(random), 0, vectors, entry * DIMENSIONS, DIMENSIONS);
    }
    float[] query = randomUnit(random);

    int[] shortlist = Clusters.of(vectors, ENTRIES, DIMENSIONS).nearest(query, 5);

    assertThat(shortlist).hasSize(5);
    for (int i = 1; i < shortlist.length; i++) {
      assertThat(Vectors.dot(query, vectors, shortlist[i - 1] * DIMENSIONS))
          .isGreaterThanOrEqualTo(Vectors.dot(query, vectors, shortlist[i] * DIMENSIONS));
    }
  }

  private static int bestByFullScan(float[] vectors, float[] query) {
    int best = 0;
    for (int entry = 1; entry < ENTRIES; entry++) {
      if (Vectors.dot(query, vectors, entry * DIMENSIONS) > Vectors.dot(query, vectors, best * DIMENSIONS)) {
        best = entry;
      }
    }
    return best;
  }

  private static float[] nudged(float[] vectors, int entry, Random random) {
    float[] query = new float[DIMENSIONS];
    for (int d = 0; d < DIMENSIONS; d++) {
      query[d] = vectors[entry * DIMENSIONS + d] + (float) (random.nextGaussian() * 0.05);
    }
    return Vectors.normalize(query);
  }

  private static float[] randomUnit(Random random) {
    float[] vector = new float[DIMENSIONS];
    for (int d = 0; d < DIMENSIONS; d++) {
      vector[d] = (float) random.nextGaussian();
    }
    return Vectors.normalize(vector);
  }
}
