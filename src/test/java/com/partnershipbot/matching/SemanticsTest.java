package com.partnershipbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.knowledge.Knowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sentence encoders load here, each once, and rebuilding the matcher re-embeds nothing it already knows. */
class SemanticsTest {

  @Test
  void theEncoderLoadsHereAndTheShippedMatcherUsesIt() {
    assertThat(Semantics.load()).isPresent();
    assertThat(Semantics.loadSecond()).get().extracting(Embedder::modelId).asString().startsWith("e5-small-v2-q ");
    assertThat(Matchers.shipped().isSemantic()).isTrue();
  }

  @Test
  void aLexicalFactoryLoadsNoEncoder() {
    assertThat(MatcherFactory.lexicalOnly().build(Matchers.load(Matchers.FACILITIES)).isSemantic()).isFalse();
  }

  @Test
  void rebuildingForTheSameConfigEmbedsNothingNew() {
    CountingEmbedder counting = new CountingEmbedder(TestMatching.encoder());
    MatcherFactory factory = MatcherFactory.with(counting, java.util.Optional.empty(), java.util.Optional.empty(),
        Tuning.DEFAULT);
    Knowledge knowledge = Matchers.load(Matchers.FACILITIES);

    factory.build(knowledge);
    int firstBuild = counting.calls.get();
    factory.build(knowledge);

    assertThat(firstBuild).isPositive();
    assertThat(counting.calls.get()).isEqualTo(firstBuild);
  }

  /** e5's cosines sit higher and closer together than MiniLM's, hence its smaller margin. */
  @ParameterizedTest
  @CsvSource({"first, 0.2", "second, 0.05"})
  void similarSentencesAreCloserThanUnrelatedOnes(String which, double margin) {
    OnnxEmbedder encoder = "first".equals(which) ? TestMatching.encoder() : TestMatching.second();
    float[] question = encoder.embed("Where can I leave my bike?");

    double related = Vectors.dot(question, encoder.embed("Where can I store my bicycle?"), 0);
    double unrelated = Vectors.dot(question, encoder.embed("When is the canteen open?"), 0);

    assertThat(related).isGreaterThan(unrelated + margin);
  }

  @Test
  void luceneAloneStillAnswersWhenTheEncoderIsMissing() {
    FaqMatcher lexical = MatcherFactory.lexicalOnly().build(Matchers.load(Matchers.SHIPPED));

    Match match = lexical.match("is azure still the exclusive cloud for stateless openai apis?");

    assertThat(lexical.isSemantic()).isFalse();
    assertThat(match.outcome()).isEqualTo(Outcome.ANSWER);
    assertThat(match.id()).isEqualTo("azure");
  }
}
