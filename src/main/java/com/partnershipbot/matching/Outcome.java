package com.partnershipbot.matching;

/** What the bot does with a question: answer it, ask which topic was meant, or say it doesn't know. */
public enum Outcome {
  ANSWER,
  CLARIFY,
  NO_ANSWER
}
