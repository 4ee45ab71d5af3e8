package com.partnershipbot.teams;

import com.partnershipbot.matching.TestMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnershipbot.answering.AnswerService;
import com.partnershipbot.answering.LiveConfig;
import com.partnershipbot.answering.Question;
import com.partnershipbot.answering.Reply;
import com.partnershipbot.answering.Json;
import com.partnershipbot.knowledge.ConfigLoader;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** teams/manifest.json meets the Teams app manifest rules (schema 1.22) and its commands match the answers. */
class TeamsManifestTest {
  private static final Path DIR = Path.of("teams");
  private static final String PLACEHOLDER_ID = "{{TEAMS_APP_ID}}";
  private static String text;
  private static JsonNode manifest;

  @BeforeAll
  static void read() throws Exception {
    text = Files.readString(DIR.resolve("manifest.json"));
    manifest = Json.MAPPER.readTree(text);
  }

  @Test
  void usesManifestSchema122() {
    assertThat(manifest.path("$schema").asText())
        .isEqualTo("https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json");
    assertThat(manifest.path("manifestVersion").asText()).isEqualTo("1.22");
  }

  @Test
  void hasEveryRequiredField() {
    for (String field : List.of("manifestVersion", "version", "id", "developer", "name", "description", "icons",
        "accentColor")) {
      assertThat(manifest.has(field)).as(field).isTrue();
    }
    assertThat(manifest.path("version").asText()).matches("\\d+\\.\\d+\\.\\d+");
    assertThat(manifest.path("accentColor").asText()).matches("#[0-9a-fA-F]{6}");
    assertThat(manifest.path("id").asText()).isEqualTo(PLACEHOLDER_ID);
  }

  @Test
  void keepsNamesAndDescriptionsWithinTheirLimits() {
    assertThat(manifest.path("name").path("short").asText()).isNotBlank().hasSizeLessThanOrEqualTo(30);
    assertThat(manifest.path("name").path("full").asText()).hasSizeLessThanOrEqualTo(100);
    assertThat(manifest.path("description").path("short").asText()).isNotBlank().hasSizeLessThanOrEqualTo(80);
    assertThat(manifest.path("description").path("full").asText()).isNotBlank().hasSizeLessThanOrEqualTo(4000);
    JsonNode developer = manifest.path("developer");
    assertThat(developer.path("name").asText()).isNotBlank().hasSizeLessThanOrEqualTo(32);
    for (String url : List.of("websiteUrl", "privacyUrl", "termsOfUseUrl")) {
      assertThat(developer.path(url).asText()).as(url).startsWith("{{TEAMS_DEVELOPER_URL}}");
    }
  }

  @Test
  void declaresOneBotForTeamsGroupChatsAndPersonalChat() {
    JsonNode bots = manifest.path("bots");
    assertThat(bots).hasSize(1);
    assertThat(bots.get(0).path("botId").asText()).isEqualTo(PLACEHOLDER_ID);
    assertThat(strings(bots.get(0).path("scopes"))).containsExactlyInAnyOrder("team", "groupChat", "personal");
  }

  @Test
  void keepsCommandListsWithinTheirLimits() {
    JsonNode lists = manifest.path("bots").get(0).path("commandLists");
    assertThat(lists.size()).isBetween(1, 3);
    for (JsonNode list : lists) {
      assertThat(list.path("commands").size()).isBetween(1, 10);
      for (JsonNode command : list.path("commands")) {
        assertThat(command.path("title").asText()).isNotBlank().hasSizeLessThanOrEqualTo(32);
        assertThat(command.path("description").asText()).isNotBlank().hasSizeLessThanOrEqualTo(128);
      }
    }
  }

  @Test
  void offersHelpAndTopicCommandsThatEachAnswerTheirTopic() throws Exception {
    AnswerService answers = new AnswerService(LiveConfig.load(Path.of("bot-config"), new ConfigLoader(), TestMatching.factory()));
    List<String> titles = manifest.path("bots").get(0).path("commandLists").findValues("title").stream()
        .map(JsonNode::asText).toList();

    assertThat(titles).contains("help");
    for (String title : titles.stream().filter(t -> !t.equals("help")).toList()) {
      Reply reply = answers.ask(Question.local(title));
      assertThat(reply).as(title).isInstanceOf(Reply.Answered.class);
      assertThat(((Reply.Answered) reply).entry().id()).as(title).isEqualTo(title);
    }
  }

  @Test
  void usesOnlyThePlaceholdersThePackageScriptFillsIn() throws Exception {
    Set<String> placeholders = new HashSet<>();
    Matcher matcher = Pattern.compile("\\{\\{([A-Z_]+)}}").matcher(text);
    while (matcher.find()) {
      placeholders.add(matcher.group(1));
    }
    String script = Files.readString(DIR.resolve("package.sh"));

    assertThat(placeholders).isNotEmpty().allSatisfy(name -> assertThat(script).contains("{{" + name + "}}"));
  }

  @Test
  void shipsAColorIconOf192PixelsAndAWhiteOutlineIconOf32() throws Exception {
    BufferedImage color = ImageIO.read(DIR.resolve(manifest.path("icons").path("color").asText()).toFile());
    BufferedImage outline = ImageIO.read(DIR.resolve(manifest.path("icons").path("outline").asText()).toFile());

    assertThat(color.getWidth()).isEqualTo(192);
    assertThat(color.getHeight()).isEqualTo(192);
    assertThat(outline.getWidth()).isEqualTo(32);
    assertThat(outline.getHeight()).isEqualTo(32);
    assertThat(outline.getColorModel().hasAlpha()).isTrue();
    for (int x = 0; x < 32; x++) {
      for (int y = 0; y < 32; y++) {
        int argb = outline.getRGB(x, y);
        boolean transparent = (argb >>> 24) == 0;
        boolean white = (argb & 0xFFFFFF) == 0xFFFFFF;
        assertThat(transparent || white).as("outline pixel %d,%d is white or transparent", x, y).isTrue();
      }
    }
  }

  private static List<String> strings(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }
}
