package com.partnershipbot.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encoder's model kept unpacked in the data directory gives the same id and the same vectors, and a damaged copy is not used. */
class UnpackedModelTest {
  private static final String SENTENCE = "is azure still exclusive?";

  @Test
  void aRestartReadsTheKeptModelAndEncodesExactlyAsTheJarsModel(@TempDir Path data) throws IOException {
    OnnxEmbedder fromJar = OnnxEmbedder.load(Optional.of(data));
    List<Path> kept = files(data);
    OnnxEmbedder fromFile = OnnxEmbedder.load(Optional.of(data));

    assertThat(kept).extracting(path -> path.getFileName().toString())
        .anyMatch(name -> name.startsWith("all-MiniLM-L6-v2-q-") && name.endsWith(".onnx"))
        .anyMatch(name -> name.startsWith("all-MiniLM-L6-v2-q-") && name.endsWith(".id"));
    assertThat(fromFile.modelId()).isEqualTo(fromJar.modelId()).isEqualTo(TestMatching.encoder().modelId());
    assertThat(fromFile.embed(SENTENCE)).isEqualTo(fromJar.embed(SENTENCE));
  }

  @Test
  void aDamagedCopyIsReadFromTheJarAgainAndReplaced(@TempDir Path data) throws IOException {
    OnnxEmbedder.load(Optional.of(data));
    Path model = files(data).stream().filter(path -> path.toString().endsWith(".onnx")).findFirst().orElseThrow();
    byte[] bytes = Files.readAllBytes(model);
    bytes[bytes.length / 2] ^= 0x5a;
    Files.write(model, bytes);

    OnnxEmbedder again = OnnxEmbedder.load(Optional.of(data));

    assertThat(again.modelId()).isEqualTo(TestMatching.encoder().modelId());
    assertThat(again.embed(SENTENCE)).isEqualTo(TestMatching.encoder().embed(SENTENCE));
    assertThat(Files.readAllBytes(model)[bytes.length / 2]).isEqualTo((byte) (bytes[bytes.length / 2] ^ 0x5a));
  }

  @Test
  void aFactoryThatSettlesHasFinishedKeepingBothModels(@TempDir Path data) throws IOException {
    MatcherFactory.withEncoder(Optional.of(data)).settle();

    assertThat(files(data)).extracting(path -> path.getFileName().toString())
        .anyMatch(name -> name.startsWith("all-MiniLM-L6-v2-q-") && name.endsWith(".id"))
        .anyMatch(name -> name.startsWith("e5-small-v2-q-") && name.endsWith(".id"));
  }

  private static List<Path> files(Path data) throws IOException {
    try (Stream<Path> files = Files.list(data.resolve(UnpackedModel.FOLDER))) {
      return files.toList();
    }
  }
}
