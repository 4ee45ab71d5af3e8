package com.partnershipbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.knowledge.Knowledge;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The sentence encoder is loaded once, and rebuilding the matcher re-embeds nothing it already knows. */
class SemanticsTest {

  @Test
  void theEncoderLoadsHereAndTheShippedMatcherUsesIt() {
    assertThat(Semantics.load()).isPresent();
    assertThat(Matchers.shipped().isSemantic()).isTrue();
  }

  @Test
  void aLexicalFactoryLoadsNoEncoder() {
    assertThat(MatcherFactory.lexicalOnly().build(Matchers.load(Matchers.FACILITIES)).isSemantic()).isFalse();
  }

  @Test
  void rebuildingForTheSameConfigEmbedsNothingNew() {
    Counting counting = new Counting(TestMatching.encoder());
    MatcherFactory factory = MatcherFactory.with(counting, java.util.Optional.empty(), Tuning.DEFAULT);
    Knowledge knowledge = Matchers.load(Matchers.FACILITIES);

    factory.build(knowledge);
    int firstBuild = counting.calls.get();
    factory.build(knowledge);

    assertThat(firstBuild).isPositive();
    assertThat(counting.calls.get()).isEqualTo(firstBuild);
  }

  @Test
  void similarSentencesAreCloserThanUnrelatedOnes() {
    MiniLmEmbedder encoder = TestMatching.encoder();
    float[] question = encoder.embed("Where can I leave my bike?");

    double related = Vectors.dot(question, encoder.embed("Where can I store my bicycle?"), 0);
    double unrelated = Vectors.dot(question, encoder.embed("When is the canteen open?"), 0);

    assertThat(related).isGreaterThan(unrelated + 0.2);
  }

  @Test
  void luceneAloneStillAnswersWhenTheEncoderIsMissing() {
    FaqMatcher lexical = MatcherFactory.lexicalOnly().build(Matchers.load(Matchers.SHIPPED));

    Match match = lexical.match("is azure still the exclusive cloud for stateless openai apis?");

    assertThat(lexical.isSemantic()).isFalse();
    assertThat(match.outcome()).isEqualTo(Outcome.ANSWER);
    assertThat(match.id()).isEqualTo("azure");
  }

  /** Counts how often sentences are really encoded. */
  private static final class Counting implements Embedder {
    final AtomicInteger calls = new AtomicInteger();
    private final Embedder inner;

    Counting(Embedder inner) {
      this.inner = inner;
    }

    @Override
    public float[] embed(String text) {
      calls.incrementAndGet();
      return inner.embed(text);
    }

    @Override
    public String modelId() {
      return inner.modelId();
    }
  }
}
