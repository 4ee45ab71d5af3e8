package com.partnershipbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.knowledge.Knowledge;
import org.junit.jupiter.api.Test;

/** What the sentence encoder is given: typos fixed from the FAQ's spelling, ubiquitous words dropped. */
class SemanticTextTest {
  private static final Knowledge SHIPPED = Matchers.load(Matchers.SHIPPED);
  private static final FaqAnalyzers ANALYZERS = new FaqAnalyzers(SHIPPED.settings().synonyms());
  private static final FaqIndex INDEX = FaqIndex.build(SHIPPED.entries(), ANALYZERS);
  private static final Vocabulary VOCABULARY = Vocabulary.of(SHIPPED.entries(), ANALYZERS, Tuning.Lexical.DEFAULT);

  @Test
  void typoIsReplacedByTheFaqsOwnSpelling() {
    assertThat(ofQuestion("azrue exclusve?")).isEqualTo("azure exclusive?");
  }

  @Test
  void realEnglishWordsAreNotCorrectedTowardsFaqWords() {
    assertThat(ofQuestion("cast of the stargate movie")).isEqualTo("cast of the stargate movie");
    assertThat(ofQuestion("how do i reset my password")).isEqualTo("how do i reset my password");
  }

  @Test
  void anotherFormOfAnFaqWordTakesTheFaqsSpelling() {
    assertThat(ofQuestion("financial arrangements")).isEqualTo("finance arrangements");
  }

  @Test
  void wordsNearlyEveryEntryUsesAreLeftOut() {
    assertThat(ofQuestion("does microsoft still license openai models?")).isEqualTo("does still license models?");
  }

  @Test
  void shortQuestionsKeepEveryWord() {
    assertThat(ofQuestion("openai microsoft history")).isEqualTo("openai microsoft history");
  }

  @Test
  void curatedSentencesAreTreatedTheSameWay() {
    assertThat(SemanticText.ofSentence("Does Microsoft keep its exclusive licence to OpenAI IP?", ANALYZERS, VOCABULARY, Tuning.Reading.DEFAULT))
        .isEqualTo("Does keep its exclusive licence to IP?");
  }

  private static String ofQuestion(String text) {
    LexicalResult words = new LexicalScorer(ANALYZERS, INDEX, Tuning.Lexical.DEFAULT).score(text, 10);
    return SemanticText.ofQuestion(text, words.slots(), VOCABULARY, Tuning.Reading.DEFAULT);
  }
}
