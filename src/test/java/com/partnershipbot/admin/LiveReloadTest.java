package com.partnershipbot.admin;

import com.partnershipbot.matching.TestMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.answering.LiveConfig;
import com.partnershipbot.answering.ReloadResult;
import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.matching.Match;
import com.partnershipbot.matching.Outcome;
import com.partnershipbot.testing.Poll;
import com.partnershipbot.testing.TestConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a file in the config folder changes what the bot serves; a broken save is refused and the admins told. */
class LiveReloadTest {
  @TempDir
  Path tempDir;

  private Path configDir;
  private LiveConfig config;
  private ConfigWatcher watcher;
  private final List<String> notices = new CopyOnWriteArrayList<>();
  private final List<ReloadResult> reloads = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws Exception {
    configDir = TestConfig.copy(tempDir);
    config = LiveConfig.load(configDir, new ConfigLoader(), TestMatching.factory());
    config.onReload(new ConfigNotices(notice -> notices.add(notice.plainText()), Runnable::run));
    config.onReload(reloads::add);
    watcher = ConfigWatcher.start(config, Duration.ofMillis(100));
  }

  @AfterEach
  void stop() throws Exception {
    watcher.close();
  }

  @Test
  void anEditedAnswerIsServedWithoutARestart() throws Exception {
    String before = config.get().knowledge().version();
    assertThat(match("zebra crossing").outcome()).isEqualTo(Outcome.NO_ANSWER);

    TestConfig.edit(configDir.resolve("answers/hosting.yml"), text -> text.replace("aliases:\n", "aliases:\n  - zebra crossing\n"));

    Poll.until("the new alias answers", () -> "hosting".equals(match("zebra crossing").id()));
    Poll.until("the reload is remembered", () -> "file change".equals(config.lastReload().requestedBy()));
    assertThat(config.get().knowledge().version()).isNotEqualTo(before);
    assertThat(reloads).filteredOn(r -> r.status() == ReloadResult.Status.APPLIED).singleElement()
        .matches(r -> r.requestedBy().equals("file change") && r.version().equals(config.get().knowledge().version()));
    assertThat(notices).isEmpty();
  }

  @Test
  void aNewAnswerFileIsPickedUp() throws Exception {
    String hosting = Files.readString(configDir.resolve("answers/hosting.yml"));
    Files.writeString(configDir.resolve("answers/zebra.yml"), hosting.replace("id: hosting", "id: zebra")
        .replace("aliases:\n", "aliases:\n  - zebra crossing\n").replace("  - cloud\n", "  - zebra cloud\n")
        .replace("related:\n  - compute", "related:\n  - hosting"));
    Poll.until("the new file answers", () -> "zebra".equals(match("zebra crossing").id()));
  }

  @Test
  void aBrokenEditIsRefusedWhileTheLastGoodConfigKeepsServing() throws Exception {
    String good = config.get().knowledge().version();
    Path hosting = configDir.resolve("answers/hosting.yml");
    TestConfig.edit(hosting, text -> text.replace("aliases:\n", "aliases:\n  - zebra crossing\n")
        .replace("reviewed: ", "reviewd: "));

    Poll.until("the admins are told", () -> !notices.isEmpty());
    assertThat(config.lastReload().status()).isEqualTo(ReloadResult.Status.REFUSED);
    assertThat(config.get().knowledge().version()).isEqualTo(good);
    assertThat(match("zebra crossing").outcome()).isEqualTo(Outcome.NO_ANSWER);
    assertThat(match("is azure still exclusive").id()).isEqualTo("hosting");
    assertThat(notices.get(0)).contains("refused", "serving version " + good + ".", hosting + ":")
        .contains("unknown field 'reviewd'", "did you mean 'reviewed'");

    TestConfig.edit(hosting, text -> text.replace("reviewd: ", "reviewed: "));
    Poll.until("the admins hear it is fixed", () -> notices.size() == 2);
    assertThat(notices.get(1)).contains("valid again");
    assertThat(match("zebra crossing").id()).isEqualTo("hosting");
  }

  @Test
  void theSameRefusalIsToldOnce() throws Exception {
    Path hosting = configDir.resolve("answers/hosting.yml");
    TestConfig.edit(hosting, text -> text.replace("title:", "titel:"));
    Poll.until("the admins are told", () -> notices.size() == 1);
    config.reload("test");
    config.reload("test");
    assertThat(config.lastReload().status()).isEqualTo(ReloadResult.Status.REFUSED);
    assertThat(notices).hasSize(1);
  }

  private Match match(String question) {
    return config.get().matcher().match(question);
  }
}
