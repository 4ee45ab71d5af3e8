package com.partnershipbot.matching;

import java.util.function.Supplier;

/** A value computed on the first call and shared by every later one, from any thread. */
final class OnFirstUse<T> implements Supplier<T> {
  private Supplier<T> compute;
  private T value;

  OnFirstUse(Supplier<T> compute) {
    this.compute = compute;
  }

  @Override
  public synchronized T get() {
    if (compute != null) {
      value = compute.get();
      compute = null;
    }
    return value;
  }
}
