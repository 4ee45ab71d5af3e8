package com.partnershipbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check that runs around every test class: a data/ folder or an edit in the project is caught, target/ is not. */
class LeavesNoTraceTest {
  @TempDir
  Path project;

  @Test
  void aDataFolderWrittenDuringTheTestsIsReported() throws Exception {
    Files.createDirectories(project.resolve("bot-config"));
    Map<String, String> before = LeavesNoTrace.snapshot(project);

    Files.createDirectories(project.resolve("data"));
    Files.writeString(project.resolve("data/sentence-vectors.bin"), "vectors");

    assertThat(LeavesNoTrace.changes(before, LeavesNoTrace.snapshot(project)))
        .containsExactly("added data", "added data/sentence-vectors.bin");
  }

  @Test
  void anEditedShippedFileIsReported() throws Exception {
    Files.createDirectories(project.resolve("bot-config"));
    Files.writeString(project.resolve("bot-config/bot.yml"), "fallback: one");
    Map<String, String> before = LeavesNoTrace.snapshot(project);

    Files.writeString(project.resolve("bot-config/bot.yml"), "fallback: other");

    assertThat(LeavesNoTrace.changes(before, LeavesNoTrace.snapshot(project))).containsExactly("changed bot-config/bot.yml");
  }

  @Test
  void buildOutputAndHiddenFoldersAreNotWatched() throws Exception {
    Map<String, String> before = LeavesNoTrace.snapshot(project);

    Files.createDirectories(project.resolve("target/surefire-reports"));
    Files.createDirectories(project.resolve(".git"));

    assertThat(LeavesNoTrace.changes(before, LeavesNoTrace.snapshot(project))).isEmpty();
  }

  @Test
  void theCheckIsRegisteredForEveryTestClass() throws Exception {
    assertThat(Files.readString(Path.of("src/test/resources/META-INF/services/"
        + "org.junit.jupiter.api.extension.Extension")).strip()).isEqualTo(LeavesNoTrace.class.getName());
    assertThat(Files.readString(Path.of("src/test/resources/junit-platform.properties")))
        .contains("junit.jupiter.extensions.autodetection.enabled=true");
  }
}
