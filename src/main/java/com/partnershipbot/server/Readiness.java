package com.partnershipbot.server;

/**
 * Whether a load balancer should send this instance traffic: not while it starts (config, index and
 * encoder loading), yes once it serves, and no again from the moment a drain begins.
 */
public final class Readiness {
  /** Where the instance is in its life. */
  public enum State { STARTING, READY, DRAINING }

  private volatile State state = State.STARTING;

  public State state() {
    return state;
  }

  public boolean ready() {
    return state == State.READY;
  }

  void serving() {
    if (state == State.STARTING) {
      state = State.READY;
    }
  }

  void draining() {
    state = State.DRAINING;
  }
}
