package com.partnershipbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Running MiniLM directly gives exactly the vectors langchain4j's encoder gives, so no answer changes. */
class OnnxEmbedderTest {

  static Stream<String> shippedSentences() {
    return Matchers.load(Matchers.SHIPPED).entries().stream().flatMap(entry -> SemanticIndex.sentences(entry).stream());
  }

  @ParameterizedTest
  @MethodSource("shippedSentences")
  void curatedSentencesGetLangchain4jsVectorsBitForBit(String sentence) {
    OnnxEmbedder encoder = TestMatching.encoder();

    assertThat(encoder.embed(sentence)).containsExactly(encoder.embedThroughLangchain4j(sentence));
  }

  @ParameterizedTest
  @ValueSource(strings = {"héllo wörld, café naïve", "emoji 😀 and a rocket 🚀", "a##b c ## d", "[UNK] [CLS] [SEP]",
      "日本語のテキスト", "Ǆ ﬁ ﬀ ligatures", "don't won't it's", "$100 & 50% off #1 @user", "  spaced   out  "})
  void unusualTextGetsLangchain4jsVectorsBitForBit(String text) {
    OnnxEmbedder encoder = TestMatching.encoder();

    assertThat(encoder.embed(text)).containsExactly(encoder.embedThroughLangchain4j(text));
  }

  @ParameterizedTest
  @MethodSource("longTexts")
  void textLongerThanTheModelsWindowIsSplitAsLangchain4jSplitsIt(String text) {
    OnnxEmbedder encoder = TestMatching.encoder();

    assertThat(encoder.embed(text)).containsExactly(encoder.embedThroughLangchain4j(text));
  }

  static List<String> longTexts() {
    return List.of("word ".repeat(600), "x".repeat(3000));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u200d", "\ufe0f", "\u0301"})
  void aQuestionWithoutAnyTokenIsNotAnsweredRatherThanFailing(String question) {
    OnnxEmbedder encoder = TestMatching.encoder();

    assertThat(encoder.embed(question)).hasSize(384).containsExactly(encoder.embed(""));
    assertThat(Matchers.shipped().match(question).outcome()).isEqualTo(Outcome.NO_ANSWER);
  }
}
