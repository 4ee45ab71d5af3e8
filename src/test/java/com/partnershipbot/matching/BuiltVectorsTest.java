package com.partnershipbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.testing.LogCapture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vectors the build encoded for the shipped FAQ spare a first start the encoding, but only
 * where this machine's encoder gives the same vectors.
 */
class BuiltVectorsTest {
  private static final List<String> SENTENCES = List.of("Where can I leave my bike?", "When is the canteen open?",
      "How do I book a parking space?");

  @TempDir
  Path build;

  @TempDir
  Path data;

  @Test
  void aFirstStartTakesTheBuiltVectorsAfterCheckingOneAndSavesThemForTheNext() {
    BuiltVectors built = BuiltVectors.in(builtFile());
    CountingEmbedder firstStart = counting();

    List<float[]> vectors = new VectorCache(firstStart).builtFrom(built).savedIn(data.resolve(VectorFile.NAME))
        .vectors(SENTENCES);
    CountingEmbedder restart = counting();
    new VectorCache(restart).savedIn(data.resolve(VectorFile.NAME)).vectors(SENTENCES);

    assertThat(firstStart.calls.get()).as("one sentence encoded to check the built vectors").isEqualTo(1);
    for (int i = 0; i < SENTENCES.size(); i++) {
      assertThat(vectors.get(i)).containsExactly(TestMatching.encoder().embed(SENTENCES.get(i)));
    }
    assertThat(restart.calls.get()).isZero();
  }

  @Test
  void sentencesTheBuildNeverSawAreEncodedHere() {
    BuiltVectors built = BuiltVectors.in(builtFile());
    CountingEmbedder firstStart = counting();
    List<String> edited = new ArrayList<>(SENTENCES);
    edited.add("Is there a shower for cyclists?");

    List<float[]> vectors = new VectorCache(firstStart).builtFrom(built).vectors(edited);

    assertThat(firstStart.calls.get()).isEqualTo(2);
    assertThat(vectors.get(3)).containsExactly(TestMatching.encoder().embed(edited.get(3)));
  }

  @Test
  void builtVectorsThatThisMachineDoesNotReproduceAreNotUsed() {
    Path file = builtFile();
    String modelId = TestMatching.encoder().modelId();
    Map<VectorFile.Key, float[]> skewed = new HashMap<>(VectorFile.read(file, modelId).orElseThrow());
    skewed.replaceAll((key, vector) -> {
      float[] other = vector.clone();
      other[0] += 1e-3f;
      return other;
    });
    VectorFile.write(file, modelId, skewed);
    CountingEmbedder firstStart = counting();

    try (LogCapture log = LogCapture.open()) {
      List<float[]> vectors = new VectorCache(firstStart).builtFrom(BuiltVectors.in(file)).vectors(SENTENCES);

      assertThat(firstStart.calls.get()).as("the check, then every sentence").isEqualTo(1 + SENTENCES.size());
      assertThat(vectors.get(0)).containsExactly(TestMatching.encoder().embed(SENTENCES.get(0)));
      assertThat(log.lines()).anyMatch(line -> line.startsWith("INFO BuiltVectors - Not using the 3 sentence vectors")
          && line.contains("this machine's encoder gives other vectors"));
    }
  }

  @Test
  void builtVectorsOfAnotherEncoderAreNeitherCheckedNorUsed() {
    Path file = builtFile();
    CountingEmbedder other = new CountingEmbedder(new Embedder() {
      @Override
      public float[] embed(String text) {
        return TestMatching.encoder().embed(text);
      }

      @Override
      public String modelId() {
        return "another encoder";
      }
    });

    new VectorCache(other).builtFrom(BuiltVectors.in(file)).vectors(SENTENCES);

    assertThat(other.calls.get()).isEqualTo(SENTENCES.size());
  }

  @Test
  void withoutBuiltVectorsEverySentenceIsEncodedAsBefore() {
    CountingEmbedder firstStart = counting();

    new VectorCache(firstStart).builtFrom(BuiltVectors.in(build.resolve("missing.bin"))).vectors(SENTENCES);

    assertThat(firstStart.calls.get()).isEqualTo(SENTENCES.size());
  }

  /** What the build leaves: the sentences encoded once and saved. */
  private Path builtFile() {
    Path file = build.resolve(VectorFile.NAME);
    new VectorCache(TestMatching.encoder()).savedIn(file).vectors(SENTENCES);
    assertThat(file).isRegularFile();
    return file;
  }

  private static CountingEmbedder counting() {
    return new CountingEmbedder(TestMatching.encoder());
  }
}
