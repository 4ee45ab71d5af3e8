package com.partnershipbot.matching;

/** Turns a sentence into a unit-length vector: sentences that mean similar things get a high dot product. */
interface Embedder {

  float[] embed(String text);

  /** Names the model and how its output is pooled: vectors saved under another id are not reused. */
  String modelId();
}
