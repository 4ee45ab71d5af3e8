package com.partnershipbot.answering;

import java.util.Locale;

/** Where a question, vote or admin command came from; its label is what records and metrics show. */
public enum Platform {
  SLACK, TEAMS, CLI, HTTP;

  private final String label = name().toLowerCase(Locale.ROOT);

  /** The lowercase name stored with records and used as a metrics tag, such as "slack". */
  public String label() {
    return label;
  }
}
