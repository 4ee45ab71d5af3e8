package com.partnershipbot.cli;

import static com.partnershipbot.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.matching.MatcherFactory;
import com.partnershipbot.testing.TestConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code warm-up} starts the bot in local mode, asks it over HTTP, stops, and leaves nothing behind. */
class WarmUpCommandTest {
  private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir"));

  @Test
  void itAnswersEveryQuestionOverHttpAndDeletesItsDataFolder() throws IOException {
    List<Path> before = warmUpFolders();

    Cli.Run run = run("warm-up", "--config", TestConfig.FAQ.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("partnership-bot warm-up: 4 of 4 questions answered over HTTP by the bot "
        + "on port \\d+");
    assertThat(warmUpFolders()).isEqualTo(before);
  }

  @Test
  void itKeepsEachEncodersSentenceVectorsWhereTheBuildAsks(@TempDir Path kept) throws IOException {
    List<Path> before = warmUpFolders();

    Cli.Run run = run("warm-up", "--config", TestConfig.FAQ.toString(), "--keep-vectors", kept.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("partnership-bot warm-up: sentence vectors kept in " + kept);
    for (String name : MatcherFactory.VECTOR_FILES) {
      assertThat(kept.resolve(name)).isRegularFile();
      assertThat(Files.size(kept.resolve(name))).isGreaterThan(384L * Float.BYTES);
    }
    assertThat(warmUpFolders()).isEqualTo(before);
  }

  @Test
  void thePackagedJarCarriesEveryVectorFileTheBuildKeeps() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));

    assertThat(pom).contains("<argument>--keep-vectors</argument>", "<argument>target/built-vectors</argument>");
    for (String name : MatcherFactory.VECTOR_FILES) {
      assertThat(pom).contains("<resource>" + MatcherFactory.BUILT_VECTORS_IN_JAR + "/" + name + "</resource>",
          "<file>target/built-vectors/" + name + "</file>");
    }
  }

  @Test
  void withoutAConfigFolderItSaysWhichAndStartsNothing() {
    Path nowhere = TEMP.resolve("partnership-bot-no-config-" + System.nanoTime());

    Cli.Run run = run("warm-up", "--config", nowhere.toString());

    assertThat(run.exitCode()).isEqualTo(FriendlyErrors.CONFIG_ERROR);
    assertThat(run.err()).contains("partnership-bot warm-up: config directory not found: " + nowhere);
  }

  private static List<Path> warmUpFolders() throws IOException {
    try (Stream<Path> files = Files.list(TEMP)) {
      return files.filter(path -> path.getFileName().toString().startsWith("partnership-bot-warm-up")).sorted().toList();
    }
  }
}
