package com.partnershipbot.knowledge;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code experts:} block of bot.yml: where questions the bot cannot answer go (a Slack channel
 * id, a Teams channel conversation id, or both), when open tickets are recalled to the experts,
 * and when they expire. Durations are written like {@code 30m}, {@code 24h} or {@code 14d}.
 */
public record ExpertsSettings(String slackChannel, String teamsChannel, String reminderAfter, String expireAfter) {
  public static final String DEFAULT_EXPIRY = "14d";
  static final Pattern DURATION = Pattern.compile("(\\d{1,5})\\s*([mhd])");

  public ExpertsSettings {
    slackChannel = blankToNull(slackChannel);
    teamsChannel = blankToNull(teamsChannel);
    reminderAfter = blankToNull(reminderAfter);
    expireAfter = expireAfter == null || expireAfter.isBlank() ? DEFAULT_EXPIRY : expireAfter.strip();
  }

  /** The Slack channel id tickets are posted to, when tickets from Slack are taken. */
  public Optional<String> slack() {
    return Optional.ofNullable(slackChannel);
  }

  /** The Teams channel conversation id tickets are posted to, when tickets from Teams are taken. */
  public Optional<String> teams() {
    return Optional.ofNullable(teamsChannel);
  }

  /** How long a ticket stays open before it expires with a note to the asker (default 14 days). */
  public Duration expiry() {
    return parse(expireAfter).orElse(Duration.ofDays(14));
  }

  /** How long a ticket waits unanswered before the experts' channel is reminded of it, if at all. */
  public Optional<Duration> reminder() {
    return Optional.ofNullable(reminderAfter).flatMap(ExpertsSettings::parse);
  }

  /** {@code 30m}, {@code 24h}, {@code 14d}; empty for anything else or for zero. */
  static Optional<Duration> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher matcher = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
      return Optional.empty();
    }
    long amount = Long.parseLong(matcher.group(1));
    return Optional.of(switch (matcher.group(2)) {
      case "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      default -> Duration.ofDays(amount);
    });
  }

  private static String blankToNull(String value) {
    return value == null ? null : value.strip();
  }
}
