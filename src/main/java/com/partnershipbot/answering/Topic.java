package com.partnershipbot.answering;

import com.partnershipbot.knowledge.FaqEntry;

/** A topic people can ask about: its id (what they can type) and title. */
public record Topic(String id, String title) {

  static Topic of(FaqEntry entry) {
    return new Topic(entry.id(), entry.title());
  }
}
