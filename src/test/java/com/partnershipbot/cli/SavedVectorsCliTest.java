package com.partnershipbot.cli;

import static com.partnershipbot.cli.Cli.freshCopy;
import static com.partnershipbot.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ask} keeps sentence vectors in the data directory, and a topic key needs none. */
class SavedVectorsCliTest {
  private static final String VECTORS = "sentence-vectors.bin";

  @TempDir
  Path dir;

  private Path config;
  private Path data;

  @BeforeEach
  void config() throws IOException {
    config = dir.resolve("config");
    data = dir.resolve("data");
    freshCopy("valid", config);
  }

  @Test
  void askSavesTheSentenceVectorsInTheDataDirectory() {
    Cli.Run run = run("ask", "--config", config.toString(), "--data-dir", data.toString(),
        "can openai buy compute from other clouds");

    assertThat(run.exitCode()).isZero();
    assertThat(data.resolve(VECTORS)).isRegularFile();
  }

  @Test
  void askOnATopicKeyAnswersWithoutEncodingTheFaq() {
    Cli.Run run = run("ask", "--config", config.toString(), "--data-dir", data.toString(), "azure");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).isNotEmpty();
    assertThat(data.resolve(VECTORS)).doesNotExist();
  }
}
