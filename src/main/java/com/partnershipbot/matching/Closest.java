package com.partnershipbot.matching;

import com.partnershipbot.knowledge.FaqEntry;

/** For one question: an entry's curated sentence (title or alternate question) closest to it in meaning. */
@FunctionalInterface
interface Closest {
  String sentence(int entry, FaqEntry faqEntry);
}
