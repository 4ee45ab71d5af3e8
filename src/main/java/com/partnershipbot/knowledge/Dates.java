package com.partnershipbot.knowledge;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formats dates the way answers show them to people. */
public final class Dates {
  private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private Dates() {}

  public static String human(LocalDate date) {
    return HUMAN.format(date);
  }
}
