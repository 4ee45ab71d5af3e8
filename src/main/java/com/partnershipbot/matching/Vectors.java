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

  /** Dot product of {@code query} with the row of {@code rows} that starts at {@code offset}. */
  static float dot(float[] query, float[] rows, int offset) {
    float sum = 0;
    for (int i = 0; i < query.length; i++) {
      sum += query[i] * rows[offset + i];
    }
    return sum;
  }
}
