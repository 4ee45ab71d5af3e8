package com.partnershipbot.cli;

import static com.partnershipbot.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever is typed and however broken the config, the command line answers in sentences: never a
 * stack trace or a Java exception name. It runs in this JVM through {@link PartnershipBot#commandLine()},
 * so none of this needs the packaged jar.
 */
class NoStackTraceTest {

  static Stream<List<String>> mistakes() throws IOException {
    List<List<String>> runs = new ArrayList<>();
    try (Stream<Path> fixtures = Files.list(Cli.FIXTURES)) {
      fixtures.sorted().forEach(fixture -> {
        runs.add(List.of("validate", "--config", fixture.toString()));
        runs.add(List.of("ask", "--config", fixture.toString(), "--json", "is azure exclusive"));
      });
    }
    runs.add(List.of("validate", "--config", "no/such/dir"));
    runs.add(List.of("validate", "--config", "pom.xml"));
    runs.add(List.of("eval", "--config", "no/such/dir", "pom.xml"));
    runs.add(List.of("eval", "no/such/file.tsv"));
    runs.add(List.of("eval", "pom.xml"));
    runs.add(List.of("eval", "src"));
    runs.add(List.of("eval"));
    runs.add(List.of("ask"));
    runs.add(List.of("ask", ""));
    runs.add(List.of("ask", "--json", "\u0000\u0007 <!channel> \u202e\u05e9\u05dc\u05d5\u05dd \ud83d\ude00"));
    runs.add(List.of("ask", "--no-such-option", "azure"));
    runs.add(List.of("frobnicate"));
    return runs.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void answersInSentences(List<String> args, @TempDir Path data) {
    Cli.Run run = run(withDataDir(args, data));

    assertThat(run.out() + run.err()).doesNotContain("Exception", "\tat ", "Caused by");
  }

  /** Commands that match questions keep their vectors in the test's own folder. */
  private static String[] withDataDir(List<String> args, Path data) {
    List<String> all = new ArrayList<>(args);
    if (!all.isEmpty() && List.of("ask", "eval").contains(all.get(0))) {
      all.addAll(1, List.of("--data-dir", data.toString()));
    }
    return all.toArray(String[]::new);
  }

  @Test
  void helpListsEveryCommandWithoutThePackagedJar() {
    Cli.Run run = run("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("serve", "ask", "validate", "eval");
  }
}
