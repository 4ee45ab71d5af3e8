package com.partnershipbot.answering;

import com.partnershipbot.knowledge.FaqEntry;
import com.partnershipbot.matching.Match;
import java.util.List;

/** What the bot says back, before any platform formats it. */
public sealed interface Reply {

  /** The verdict behind this reply (a help request counts as no match). */
  Match match();

  /** A curated answer, with the topics its admins marked as related. */
  record Answered(FaqEntry entry, List<Topic> related, Match match) implements Reply {}

  /** Two or three close topics: "did you mean". */
  record Clarification(List<Topic> choices, Match match) implements Reply {}

  /** Nothing fits: the fallback text and every topic. */
  record NotFound(String fallback, List<Topic> topics, Match match) implements Reply {}

  /** The topic list and how to ask. */
  record Help(List<Topic> topics, Match match) implements Reply {}
}
