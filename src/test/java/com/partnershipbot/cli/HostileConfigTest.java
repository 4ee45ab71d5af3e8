package com.partnershipbot.cli;

import static com.partnershipbot.cli.Cli.freshCopy;
import static com.partnershipbot.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate refuses files that could hurt before parsing them, with a located, plain message. */
class HostileConfigTest {
  @TempDir
  Path dir;

  @Test
  void aFiftyMegabyteAnswerFileIsRefusedWithoutReadingIt() throws IOException {
    freshCopy("valid", dir);
    sized(dir.resolve("answers/huge.yml"), 50L * 1024 * 1024);

    Cli.Run run = run("validate", "--config", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(dir.resolve("answers/huge.yml") + ":1:1: not read: answers/huge.yml is 50 MB; "
        + "the limit is 256 KB");
  }

  @Test
  void aLineLongerThanTheLimitIsRefusedAtThatLineBeforeParsing() throws IOException {
    freshCopy("valid", dir);
    Files.writeString(dir.resolve("answers/long.yml"), "id: long\ntitle: " + "x".repeat(200_000) + "\n");

    Cli.Run run = run("validate", "--config", dir.toString());

    assertThat(run.out()).contains(dir.resolve("answers/long.yml") + ":2:16385: line 2 is 200,007 characters long; "
        + "the limit is 16,384");
    assertThat(run.out()).doesNotContain("xxxxxxxx");
  }

  @Test
  void filesOverTheLimitForTheWholeConfigAreNotRead() throws IOException {
    freshCopy("valid", dir);
    for (int i = 0; i < 130; i++) {
      sized(dir.resolve("answers/filler-" + i + ".yml"), 256 * 1024);
    }

    Cli.Run run = run("validate", "--config", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("not read: the config files come to 33 MB; the limit is 32 MB for all of them together");
  }

  @Test
  void aLinkToAFileOutsideTheConfigIsNotRead() throws IOException {
    freshCopy("valid", dir.resolve("config"));
    Path outside = Files.writeString(dir.resolve("shadow"), "root:*:19000:0:99999:7:::\n");
    Files.createSymbolicLink(dir.resolve("config/answers/s.yml"), outside);

    Cli.Run run = run("validate", "--config", dir.resolve("config").toString());

    assertThat(run.out()).contains("s.yml:1:1: not read: this is a link to a file outside the config folder")
        .doesNotContain("root:");
    assertThat(run.err()).doesNotContain("root:");
  }

  private static void sized(Path file, long bytes) throws IOException {
    try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
      out.setLength(bytes);
    }
  }
}
