package com.partnershipbot.matching;

import java.util.concurrent.atomic.AtomicInteger;

/** A real encoder that counts how often sentences are really encoded. */
final class CountingEmbedder implements Embedder {
  final AtomicInteger calls = new AtomicInteger();
  private final Embedder inner;

  CountingEmbedder(Embedder inner) {
    this.inner = inner;
  }

  @Override
  public float[] embed(String text) {
    calls.incrementAndGet();
    return inner.embed(text);
  }

  @Override
  public String modelId() {
    return inner.modelId();
  }
}
