package com.partnershipbot.evaluation;

import java.util.List;

/** An evaluation file had lines that are not {@code question<TAB>expected}. */
public final class MalformedEvalException extends Exception {
  private static final long serialVersionUID = 1L;

  public MalformedEvalException(List<String> problems) {
    super(String.join("\n", problems));
  }
}
