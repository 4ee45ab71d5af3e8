package com.partnershipbot.storage;

/** The feedback an answer got in a period. */
public record EntryVotes(String entryId, long helpful, long notHelpful) {

  public long total() {
    return helpful + notHelpful;
  }

  /** Share of "not helpful" votes, 0 to 1. */
  public double notHelpfulShare() {
    return total() == 0 ? 0 : notHelpful / (double) total();
  }
}
