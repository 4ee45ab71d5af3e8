package com.partnershipbot.matching;

/**
 * What the bot does with a question: answer it, ask which of two or three topics was meant, offer
 * the one plausible topic ("did you mean ...?"), or say it doesn't know.
 */
public enum Outcome {
  ANSWER,
  CLARIFY,
  SUGGEST,
  NO_ANSWER
}
