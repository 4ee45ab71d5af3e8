package com.partnershipbot.answering;

import com.partnershipbot.knowledge.BotSettings;
import com.partnershipbot.matching.Match;
import java.util.Optional;

/**
 * What a decline adds for a question about the asker's own organisation: where to ask, when
 * admins set {@code internal_contact}, and otherwise that the bot knows the partnership only.
 * It never claims to know anything about the organisation itself.
 */
final class Declines {
  static final String NOT_OUR_ORGANISATION =
      "I know only what was announced about the partnership, not your organisation's own AI policies, tools or people.";

  private Declines() {}

  static Optional<String> ownOrganisationNote(Match match, BotSettings settings) {
    if (!match.aboutOwnOrganisation()) {
      return Optional.empty();
    }
    return Optional.of(settings.contactForInternalQuestions().map(Declines::askContact).orElse(NOT_OUR_ORGANISATION));
  }

  private static String askContact(String contact) {
    String where = contact.endsWith(".") ? contact.substring(0, contact.length() - 1) : contact;
    return "For your organisation's own AI policies, tools and people, ask " + where + ".";
  }
}
