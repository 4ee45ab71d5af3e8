package com.partnershipbot.knowledge;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The bot-wide settings in bot-config/bot.yml. Absent values take sensible defaults. */
public record BotSettings(
    MatchingSettings matching,
    List<List<String>> synonyms,
    String fallback,
    Integer staleAfterDays,
    @JsonDeserialize(contentUsing = AdminEntries.class) List<String> admins,
    String adminChannel,
    UserIdPolicy recordUserIds,
    Integer retentionDays,
    List<String> offTopic,
    String internalContact,
    ExpertsSettings experts) {

  public static final String DEFAULT_FALLBACK =
      "I don't have a curated answer for that. I only answer questions about the OpenAI and Microsoft partnership.";

  public BotSettings {
    matching = matching == null ? MatchingSettings.defaults() : matching;
    synonyms = synonyms == null ? List.of() : synonyms.stream().filter(Objects::nonNull).map(BotSettings::words).toList();
    fallback = fallback == null || fallback.isBlank() ? DEFAULT_FALLBACK : fallback.strip();
    staleAfterDays = staleAfterDays == null ? 180 : staleAfterDays;
    admins = admins == null ? List.of() : words(admins);
    recordUserIds = recordUserIds == null ? UserIdPolicy.HASHED : recordUserIds;
    retentionDays = retentionDays == null ? 90 : retentionDays;
    offTopic = offTopic == null ? List.of() : words(offTopic);
    internalContact = internalContact == null ? null : internalContact.strip();
  }

  public static BotSettings defaults() {
    return new BotSettings(null, null, null, null, null, null, null, null, null, null, null);
  }

  /** As before the experts block existed: every field but {@code experts}, which is absent. */
  public BotSettings(MatchingSettings matching, List<List<String>> synonyms, String fallback, Integer staleAfterDays,
      List<String> admins, String adminChannel, UserIdPolicy recordUserIds, Integer retentionDays,
      List<String> offTopic, String internalContact) {
    this(matching, synonyms, fallback, staleAfterDays, admins, adminChannel, recordUserIds, retentionDays, offTopic,
        internalContact, null);
  }

  /** Where questions go that the bot cannot answer; empty when bot.yml has no {@code experts:} block. */
  public Optional<ExpertsSettings> expertsDesk() {
    return Optional.ofNullable(experts);
  }

  private static List<String> words(List<String> values) {
    return values.stream().filter(Objects::nonNull).toList();
  }

  /** Who to ask about the company's own AI policies, tools and people, when admins name someone. */
  public Optional<String> contactForInternalQuestions() {
    return Optional.ofNullable(internalContact).filter(contact -> !contact.isBlank());
  }

  /** A Slack user listed under admins. */
  public boolean isAdmin(String userId) {
    return userId != null && slackAdmins().contains(userId);
  }

  /** A user listed under admins for the platform labelled {@code platform} ("slack", "teams"). */
  public boolean isAdmin(String platform, String userId) {
    if ("teams".equals(platform)) {
      return userId != null && teamsAdmins().contains(userId.toLowerCase(Locale.ROOT));
    }
    return isAdmin(userId);
  }

  /** The Slack user ids under admins (entries written plainly or as {@code slack: U...}). */
  public List<String> slackAdmins() {
    return admins.stream().filter(entry -> !AdminEntries.isTeams(entry) && AdminEntries.problem(entry) == null).toList();
  }

  /** The Teams users' AAD object ids under admins (entries written {@code teams: <id>}), in lowercase. */
  public List<String> teamsAdmins() {
    return admins.stream().filter(AdminEntries::isTeams).filter(entry -> AdminEntries.problem(entry) == null)
        .map(entry -> entry.substring(AdminEntries.TEAMS_PREFIX.length())).toList();
  }
}
