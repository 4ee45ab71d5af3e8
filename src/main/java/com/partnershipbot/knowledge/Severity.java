package com.partnershipbot.knowledge;

/** Whether a config problem refuses the config or only warns about it. */
public enum Severity {
  ERROR,
  WARNING
}
