package com.partnershipbot.answering;

import java.util.Locale;

/** Where a question, vote or admin command came from; its label is what records and metrics show. */
public enum Platform {
  SLACK, TEAMS, CLI, HTTP;

  /** The lowercase name stored with records and used as a metrics tag, such as "slack". */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
