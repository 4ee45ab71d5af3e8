package com.partnershipbot.answering;

import com.partnershipbot.knowledge.Knowledge;
import com.partnershipbot.matching.FaqMatcher;
import com.partnershipbot.matching.MatcherFactory;

/** A loaded config and the matcher built from it: swapped together, never half of each. */
public record ConfigSnapshot(Knowledge knowledge, FaqMatcher matcher) {

  public static ConfigSnapshot of(Knowledge knowledge, MatcherFactory matchers) {
    return new ConfigSnapshot(knowledge, matchers.build(knowledge));
  }
}
