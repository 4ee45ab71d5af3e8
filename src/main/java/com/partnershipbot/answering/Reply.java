package com.partnershipbot.answering;

import com.partnershipbot.knowledge.FaqEntry;
import com.partnershipbot.matching.Match;
import java.util.List;
import java.util.Optional;

/** What the bot says back, before any platform formats it. */
public sealed interface Reply {

  /** The verdict behind this reply (a help request counts as no match). */
  Match match();

  /** A curated answer, with the topics its admins marked as related. */
  record Answered(FaqEntry entry, List<Topic> related, Match match) implements Reply {}

  /** Two or three close topics: "did you mean one of these?". */
  record Clarification(List<Topic> choices, Match match) implements Reply {}

  /** One plausible topic, not sure enough to answer with: "did you mean ...?". */
  record Suggestion(Topic topic, Match match) implements Reply {}

  /**
   * Nothing fits: the fallback text (what the bot covers), at most {@link #MAX_NEAREST} nearest
   * topics (none when nothing came close), and, for a question about the asker's own
   * organisation, a note saying where to ask instead. Texts are in the content format.
   */
  record NotFound(String fallback, List<Topic> nearest, Optional<String> ownOrganisationNote, Match match)
      implements Reply {
    public static final int MAX_NEAREST = 3;
    /** The one-line pointer to the full topic list, as every platform shows it. */
    public static final String HELP_HINT = "Send *help* to see every topic I cover.";

    public NotFound {
      nearest = List.copyOf(nearest.subList(0, Math.min(MAX_NEAREST, nearest.size())));
    }
  }

  /** The topic list and how to ask. */
  record Help(List<Topic> topics, Match match) implements Reply {}
}
