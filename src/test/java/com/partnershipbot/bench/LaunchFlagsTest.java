package com.partnershipbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * README's first command, the deployment guide's examples and the load drivers start the bot with
 * the same JVM flags, so the memory the drivers measure is what a user who copies a command gets.
 */
class LaunchFlagsTest {
  private static final Path DEPLOYMENT = Path.of("docs/deployment.md");
  private static final List<Path> GUIDES = List.of(Path.of("docs/install-slack.md"), Path.of("docs/install-teams.md"),
      Path.of("docs/try-it.md"));

  @Test
  void theDriversStartTheBotWithReadmesFlagsWhichBoundItsMemory() throws IOException {
    List<String> flags = LaunchCommand.flags();

    assertThat(flags).anyMatch(flag -> flag.startsWith("-Xmx")).contains("-XX:+UseSerialGC");
    assertThat(LaunchCommand.everyServeCommand(Files.readString(LaunchCommand.README)).get(0)).isEqualTo(flags);
  }

  @Test
  void everyDeploymentExampleUsesReadmesFlags() throws IOException {
    List<List<String>> examples = LaunchCommand.everyServeCommand(Files.readString(DEPLOYMENT));

    assertThat(examples).as("the deployment guide's commands that start serve").hasSizeGreaterThanOrEqualTo(2);
    assertThat(examples).allSatisfy(example -> assertThat(LaunchCommand.portable(example))
        .isEqualTo(LaunchCommand.portable(LaunchCommand.flags())));
  }

  @Test
  void theBuildWritesTheClassArchiveReadmesCommandReadsWithReadmesFlags() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    List<String> flags = LaunchCommand.flags();

    assertThat(flags).contains(LaunchCommand.ARCHIVE + "target/partnership-bot.jsa");
    assertThat(pom).contains("<argument>-XX:ArchiveClassesAtExit=target/partnership-bot.jsa</argument>",
        "<argument>warm-up</argument>");
    flags.stream().filter(flag -> !flag.startsWith(LaunchCommand.ARCHIVE))
        .forEach(flag -> assertThat(pom).contains("<argument>" + flag + "</argument>"));
  }

  @Test
  void everyGuideStartsServeWithReadmesFlags() throws IOException {
    for (Path guide : GUIDES) {
      List<List<String>> commands = LaunchCommand.everyServeCommand(Files.readString(guide));

      assertThat(commands).as(guide + "'s commands that start serve").isNotEmpty()
          .allSatisfy(command -> assertThat(command).as(guide.toString()).isEqualTo(LaunchCommand.flags()));
    }
  }

  @Test
  void flagsAreReadFromTheFirstServeCommandWhereverTheJarIs() {
    String text = "java -jar target/partnership-bot.jar ask \"hi\"\n"
        + "mvn -B -DskipTests package && java -Xmx64m -XX:+UseSerialGC -jar target/partnership-bot.jar serve\n"
        + "ExecStart=/usr/bin/java -Xmx64m -jar /opt/partnership-bot/partnership-bot.jar serve\n";

    assertThat(LaunchCommand.everyServeCommand(text))
        .containsExactly(List.of("-Xmx64m", "-XX:+UseSerialGC"), List.of("-Xmx64m"));
  }
}
