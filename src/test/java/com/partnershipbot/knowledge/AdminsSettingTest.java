package com.partnershipbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** admins in bot.yml: Slack ids as before, and Teams users as 'teams: <AAD object id>'. */
class AdminsSettingTest {
  private static final String MEGAN = "6f1e2d3c-0000-4000-8000-00000000abcd";

  @Test
  void readsSlackAndTeamsAdminsInEveryForm(@TempDir Path dir) throws Exception {
    BotSettings settings = load(dir, """
        admins:
          - U012AB3CD
          - slack: W0ENTERPRISE
          - teams: 6F1E2D3C-0000-4000-8000-00000000ABCD
        """);

    assertThat(settings.slackAdmins()).containsExactly("U012AB3CD", "W0ENTERPRISE");
    assertThat(settings.teamsAdmins()).containsExactly(MEGAN);
  }

  @Test
  void anAdminIsAnAdminOnTheirOwnPlatformOnly(@TempDir Path dir) throws Exception {
    BotSettings settings = load(dir, "admins: [U012AB3CD, {teams: " + MEGAN + "}]\n");

    assertThat(settings.isAdmin("slack", "U012AB3CD")).isTrue();
    assertThat(settings.isAdmin("teams", "U012AB3CD")).isFalse();
    assertThat(settings.isAdmin("teams", MEGAN.toUpperCase(java.util.Locale.ROOT))).isTrue();
    assertThat(settings.isAdmin("slack", MEGAN)).isFalse();
    assertThat(settings.isAdmin("slack", "teams:" + MEGAN)).isFalse();
  }

  @Test
  void anEntryOfAnotherShapeIsRefusedWithTheSyntax(@TempDir Path dir) throws Exception {
    ConfigValidationTest.copy("valid", dir);
    Files.writeString(dir.resolve("bot.yml"), "admins:\n  - email: megan@contoso.com\n");

    assertThat(errors(dir)).containsExactly("bot.yml:2:5: admin 1 must be a Slack user id such as U012AB3CD (or 'slack: U012AB3CD'), or "
            + "'teams: ' followed by a Teams user's Microsoft Entra (AAD) object id, a GUID such as "
            + "6f1e2d3c-0000-4000-8000-00000000abcd");
  }

  @Test
  void aBareGuidIsRefusedWithTheTeamsForm(@TempDir Path dir) throws Exception {
    ConfigValidationTest.copy("valid", dir);
    Files.writeString(dir.resolve("bot.yml"), "admins: [" + MEGAN + "]\n");

    assertThat(errors(dir)).singleElement().asString()
        .contains("admin 1 looks like a Teams user's AAD object id; write it as 'teams: " + MEGAN + "'");
  }

  /** The errors (not the stale warnings of the dated fixture), each as FILE:LINE:COLUMN: message from dir. */
  private static java.util.List<String> errors(Path dir) {
    return new ConfigLoader().check(dir).problems().stream().filter(p -> p.severity() == Severity.ERROR)
        .map(p -> dir.relativize(Path.of(p.file())) + ":" + p.line() + ":" + p.column() + ": " + p.message()).toList();
  }

  private static BotSettings load(Path dir, String botYml) throws Exception {
    ConfigValidationTest.copy("valid", dir);
    Files.writeString(dir.resolve("bot.yml"), botYml);
    return new ConfigLoader().load(dir).settings();
  }
}
