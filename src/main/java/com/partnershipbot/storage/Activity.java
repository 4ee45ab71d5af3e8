package com.partnershipbot.storage;

/** How many questions got each outcome in a period. */
public record Activity(long answered, long clarified, long notFound, long help) {

  /** Every question, help requests included. */
  public long asked() {
    return answered + clarified + notFound + help;
  }

  /** Share of real questions (not help requests) answered outright, 0 to 1; 0 when there were none. */
  public double answerRate() {
    long questions = answered + clarified + notFound;
    return questions == 0 ? 0 : answered / (double) questions;
  }
}
