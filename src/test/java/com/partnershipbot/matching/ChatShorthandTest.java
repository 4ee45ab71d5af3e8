package com.partnershipbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Chat shorthand joined by a semicolon or slash is read as the one word it stands for. */
class ChatShorthandTest {
  private static final FaqAnalyzers ANALYZERS = new FaqAnalyzers(List.of());

  @Test
  void tlDrIsReadAsOneWord() {
    assertThat(ANALYZERS.indexTerms("tl;dr pls")).containsExactly("tldr");
  }

  @Test
  void ordinaryPunctuationStillSeparatesWords() {
    assertThat(ANALYZERS.indexTerms("azure; compute/stargate")).containsExactly("azur", "comput", "stargat");
  }
}
