package com.partnershipbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.testing.LogCapture;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A first start with many unsaved sentences says in the log how long it will take, and when it is done. */
class EncodingProgressTest {
  /** Quick and deterministic: the sentence's length in every dimension. */
  private static final Embedder FAKE = new Embedder() {
    @Override
    public float[] embed(String sentence) {
      float[] vector = new float[4];
      java.util.Arrays.fill(vector, sentence.length());
      return vector;
    }

    @Override
    public String modelId() {
      return "fake-encoder 1";
    }
  };

  @Test
  void manyNewSentencesAreEstimatedThenCounted(@TempDir Path data) {
    List<String> sentences = IntStream.range(0, 1_500).mapToObj(i -> "sentence number " + i).toList();
    VectorCache cache = new VectorCache(FAKE).savedIn(data.resolve(VectorFile.NAME));

    List<String> logged;
    try (LogCapture log = LogCapture.open()) {
      List<float[]> vectors = cache.vectors(sentences);
      assertThat(vectors).hasSize(1_500).allSatisfy(vector -> assertThat(vector).isNotNull());
      logged = log.lines();
    }

    assertThat(logged).anySatisfy(line -> assertThat(line)
        .contains("Encoding 1500 sentences fake-encoder 1 has not seen before: about").contains("s on this machine"));
    assertThat(logged).anySatisfy(line -> assertThat(line).contains("Encoded 1500 sentences with fake-encoder 1 in"));
  }

  @Test
  void aFewNewSentencesAreEncodedQuietly(@TempDir Path data) {
    List<String> sentences = IntStream.range(0, 50).mapToObj(i -> "sentence number " + i).toList();

    try (LogCapture log = LogCapture.open()) {
      new VectorCache(FAKE).savedIn(data.resolve(VectorFile.NAME)).vectors(sentences);
      assertThat(log.lines()).noneMatch(line -> line.contains("Encod"));
    }
  }
}
