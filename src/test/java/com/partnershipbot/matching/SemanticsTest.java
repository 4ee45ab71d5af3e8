package com.partnershipbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.knowledge.Knowledge;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The sentence encoder is loaded once, and rebuilding the matcher re-embeds nothing it already knows. */
class SemanticsTest {

  @Test
  void encoderIsSharedByTheWholeProcess() {
    assertThat(Semantics.shared()).isPresent();
    assertThat(Semantics.shared().orElseThrow()).isSameAs(Semantics.shared().orElseThrow());
    assertThat(Matchers.shipped().isSemantic()).isTrue();
  }

  @Test
  void rebuildingForTheSameConfigEmbedsNothingNew() {
    Counting counting = new Counting(MiniLmEmbedder.shared());
    VectorCache cache = new VectorCache(counting);
    Knowledge knowledge = Matchers.load(Matchers.FACILITIES);

    FaqMatcher.build(knowledge, cache, Fusion.DEFAULT);
    int firstBuild = counting.calls.get();
    FaqMatcher.build(knowledge, cache, Fusion.DEFAULT);

    assertThat(firstBuild).isPositive();
    assertThat(counting.calls.get()).isEqualTo(firstBuild);
  }

  @Test
  void similarSentencesAreCloserThanUnrelatedOnes() {
    MiniLmEmbedder encoder = MiniLmEmbedder.shared();
    float[] question = encoder.embed("Where can I leave my bike?");

    double related = Vectors.dot(question, encoder.embed("Where can I store my bicycle?"), 0);
    double unrelated = Vectors.dot(question, encoder.embed("When is the canteen open?"), 0);

    assertThat(related).isGreaterThan(unrelated + 0.2);
  }

  @Test
  void luceneAloneStillAnswersWhenTheEncoderIsMissing() {
    FaqMatcher lexical = FaqMatcher.build(Matchers.load(Matchers.SHIPPED), null, Fusion.DEFAULT);

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
