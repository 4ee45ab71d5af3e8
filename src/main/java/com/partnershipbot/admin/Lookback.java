package com.partnershipbot.admin;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A period to look back over, written as {@code 7d}, {@code 2w}, {@code 12h} or a plain number of days. */
public record Lookback(Duration duration, String label) {
  public static final int MAX_DAYS = 3650;
  private static final Pattern FORM = Pattern.compile("(\\d{1,6})\\s*([dwh]?)");

  public static Lookback days(int days) {
    return new Lookback(Duration.ofDays(days), days == 1 ? "last day" : "last " + days + " days");
  }

  /** Parses "7d", "2w", "12h" or "7"; throws IllegalArgumentException with a message for people. */
  public static Lookback parse(String text) {
    Matcher form = FORM.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
    if (!form.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a period: write it like 7d (days), 2w (weeks) or 12h (hours)");
    }
    long amount = Long.parseLong(form.group(1));
    Duration duration;
    String label;
    switch (form.group(2)) {
      case "h":
        duration = Duration.ofHours(amount);
        label = amount == 1 ? "last hour" : "last " + amount + " hours";
        break;
      case "w":
        duration = Duration.ofDays(amount * 7);
        label = amount == 1 ? "last week" : "last " + amount + " weeks";
        break;
      default:
        duration = Duration.ofDays(amount);
        label = amount == 1 ? "last day" : "last " + amount + " days";
    }
    if (amount < 1 || duration.toDays() > MAX_DAYS) {
      throw new IllegalArgumentException("'" + text + "' is out of range: look back at least 1 hour and at most "
          + MAX_DAYS + " days");
    }
    return new Lookback(duration, label);
  }

  /** Days covered, at least 1 (for "per day" figures). */
  public double days() {
    return Math.max(1.0, duration.toHours() / 24.0);
  }
}
