package com.partnershipbot.answering;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a listener so that its failure is logged and never reaches the person asking. */
final class Listeners {
  private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

  private Listeners() {}

  static void quietly(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.warn("A listener failed: {}", e.toString());
    }
  }
}
