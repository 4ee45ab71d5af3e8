package com.partnershipbot.matching;

/** Small vector arithmetic for sentence embeddings. */
final class Vectors {
  private Vectors() {}

  static float[] normalize(float[] vector) {
    double norm = 0;
    for (float value : vector) {
      norm += value * value;
    }
    if (norm == 0) {
      return vector.clone();
    }
    float scale = (float) (1 / Math.sqrt(norm));
    float[] unit = new float[vector.length];
    for (int i = 0; i < vector.length; i++) {
      unit[i] = vector[i] * scale;
    }
    return unit;
  }

  /**
   * Dot product of {@code query} with the row of {@code rows} that starts at {@code offset}. Four
   * running sums let the processor work on several products at once; one sum would make each
   * addition wait for the previous one.
   */
  static float dot(float[] query, float[] rows, int offset) {
    float sum0 = 0;
    float sum1 = 0;
    float sum2 = 0;
    float sum3 = 0;
    int i = 0;
    for (; i + 3 < query.length; i += 4) {
      sum0 += query[i] * rows[offset + i];
      sum1 += query[i + 1] * rows[offset + i + 1];
      sum2 += query[i + 2] * rows[offset + i + 2];
      sum3 += query[i + 3] * rows[offset + i + 3];
    }
    for (; i < query.length; i++) {
      sum0 += query[i] * rows[offset + i];
    }
    return (sum0 + sum1) + (sum2 + sum3);
  }

  /**
   * The dot products of {@code query} with two rows, each summed exactly as {@link #dot} sums it
   * (so the results are the same to the bit), written to {@code out[0]} and {@code out[1]}. Eight
   * running sums keep the processor twice as busy as four.
   */
  static void dotTwo(float[] query, float[] rows, int offsetA, int offsetB, float[] out) {
    float a0 = 0;
    float a1 = 0;
    float a2 = 0;
    float a3 = 0;
    float b0 = 0;
    float b1 = 0;
    float b2 = 0;
    float b3 = 0;
    int i = 0;
    for (; i + 3 < query.length; i += 4) {
      a0 += query[i] * rows[offsetA + i];
      b0 += query[i] * rows[offsetB + i];
      a1 += query[i + 1] * rows[offsetA + i + 1];
      b1 += query[i + 1] * rows[offsetB + i + 1];
      a2 += query[i + 2] * rows[offsetA + i + 2];
      b2 += query[i + 2] * rows[offsetB + i + 2];
      a3 += query[i + 3] * rows[offsetA + i + 3];
      b3 += query[i + 3] * rows[offsetB + i + 3];
    }
    for (; i < query.length; i++) {
      a0 += query[i] * rows[offsetA + i];
      b0 += query[i] * rows[offsetB + i];
    }
    out[0] = (a0 + a1) + (a2 + a3);
    out[1] = (b0 + b1) + (b2 + b3);
  }
}
