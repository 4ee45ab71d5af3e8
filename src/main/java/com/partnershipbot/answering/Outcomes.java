package com.partnershipbot.answering;

/**
 * Names a reply's outcome the same way in metrics and records: answered, clarified, not_found,
 * help. A suggestion ("did you mean ...?") counts as clarified: like a clarification, it offers
 * topic buttons instead of an answer or a decline.
 */
public final class Outcomes {
  public static final String ANSWERED = "answered";
  public static final String CLARIFIED = "clarified";
  public static final String NOT_FOUND = "not_found";
  public static final String HELP = "help";

  private Outcomes() {}

  public static String of(Reply reply) {
    if (reply instanceof Reply.Answered) {
      return ANSWERED;
    }
    if (reply instanceof Reply.Clarification || reply instanceof Reply.Suggestion) {
      return CLARIFIED;
    }
    return reply instanceof Reply.NotFound ? NOT_FOUND : HELP;
  }
}
