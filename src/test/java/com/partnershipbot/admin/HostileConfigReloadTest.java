package com.partnershipbot.admin;

import com.partnershipbot.matching.TestMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.answering.LiveConfig;
import com.partnershipbot.answering.ReloadResult;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.testing.LogCapture;
import com.partnershipbot.testing.Poll;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that could hurt a live reload (huge, or links out of the folder) are refused unread, and the next good edit still goes live. */
class HostileConfigReloadTest {
  private static final Path FIXTURE = Path.of("src/test/resources/configs/valid");

  @TempDir
  Path tempDir;

  private Path configDir;
  private LiveConfig config;
  private ConfigWatcher watcher;
  private LogCapture log;
  private final List<String> notices = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    configDir = copyFixture(tempDir.resolve("config"));
    config = LiveConfig.load(configDir, new ConfigLoader(), TestMatching.factory());
    config.onReload(new ConfigNotices(message -> notices.add(message.plainText()), Runnable::run));
    watcher = ConfigWatcher.start(config, Duration.ofMillis(100));
    log = LogCapture.open();
  }

  @AfterEach
  void stop() throws Exception {
    log.close();
    watcher.close();
  }

  @Test
  void aFiftyMegabyteAnswerFileIsRefusedUnreadAndTheNextGoodEditGoesLive() throws Exception {
    String good = config.get().knowledge().version();
    Path huge = configDir.resolve("answers/huge.yml");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(50L * 1024 * 1024);
    }

    Poll.until("the huge file is refused", () -> refusedWith("answers/huge.yml is 50 MB; the limit is 256 KB"));
    assertThat(config.get().knowledge().version()).isEqualTo(good);

    Files.delete(huge);
    Path azure = configDir.resolve("answers/azure.yml");
    Path edited = Files.writeString(tempDir.resolve("azure.yml"),
        Files.readString(azure).replace("aliases:\n", "aliases:\n  - zebra crossing\n"));
    Files.move(edited, azure, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);

    Poll.until("the good edit is served", () -> "azure".equals(config.get().matcher().match("zebra crossing").id()));
    assertThat(config.lastReload().status()).isIn(ReloadResult.Status.APPLIED, ReloadResult.Status.UNCHANGED);
  }

  @Test
  void aLinkToAFileOutsideTheFolderIsRefusedWithoutEchoingIt() throws Exception {
    Path outside = Files.writeString(tempDir.resolve("shadow"), "root:*:19000:0:99999:7:::\n");
    Files.createSymbolicLink(configDir.resolve("answers/s.yml"), outside);

    Poll.until("the link is refused", () -> refusedWith("link to a file outside the config folder"));
    Poll.until("the admins are told", () -> !notices.isEmpty());
    assertThat(notices).noneMatch(notice -> notice.contains("root:"));
    assertThat(log.lines()).noneMatch(line -> line.contains("root:"));
  }

  private boolean refusedWith(String text) {
    ReloadResult last = config.lastReload();
    return last.status() == ReloadResult.Status.REFUSED
        && last.problems().stream().anyMatch(problem -> problem.message().contains(text));
  }

  private static Path copyFixture(Path target) throws IOException {
    try (Stream<Path> files = Files.walk(FIXTURE)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve(FIXTURE.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.writeString(copy, Files.readString(file).replace("reviewed: 2026-05-01", "reviewed: " + LocalDate.now()));
        }
      }
    }
    return target;
  }
}
