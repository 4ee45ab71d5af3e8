package com.partnershipbot.answering;

import com.partnershipbot.knowledge.Knowledge;
import com.partnershipbot.matching.FaqMatcher;
import java.nio.file.Path;

/** A loaded config and the matcher built from it: swapped together, never half of each. */
public record ConfigSnapshot(Knowledge knowledge, FaqMatcher matcher) {

  public static ConfigSnapshot of(Knowledge knowledge) {
    return new ConfigSnapshot(knowledge, FaqMatcher.build(knowledge));
  }

  /** With the matcher's sentence vectors also kept under {@code dataDir} (null: in memory only). */
  public static ConfigSnapshot of(Knowledge knowledge, Path dataDir) {
    return new ConfigSnapshot(knowledge, dataDir == null ? FaqMatcher.build(knowledge) : FaqMatcher.build(knowledge, dataDir));
  }
}
