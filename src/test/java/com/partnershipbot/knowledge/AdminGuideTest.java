package com.partnershipbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin guide stays true: its example loads, its tables name every answer field and every setting. */
class AdminGuideTest {
  private static final Path GUIDE = Path.of("docs/admin-guide.md");
  private static final Pattern FIELD_ROW = Pattern.compile("(?m)^\\| `([a-z_.]+)` \\|");
  private static final Pattern SETTING_ROW = Pattern.compile("(?m)^\\| `([A-Za-z_.]+)` \\| ([^|]+) \\|");

  @Test
  void theExampleAnswerLoadsAndNamesItsSchema(@TempDir Path dir) throws IOException {
    String example = between(section("## An answer file"), "```yaml\n", "```");
    ConfigValidationTest.copy("valid", dir);
    Files.writeString(dir.resolve("answers/compute.yml"), example.replace("  - third-parties\n", ""));
    ConfigLoader loader = new ConfigLoader(Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC));

    assertThat(loader.check(dir).errors()).isEmpty();
    assertThat(example).startsWith(ConfigSchemaTest.ANSWER_MODELINE + "\n");
  }

  @Test
  void theAnswerTableNamesEveryField() throws IOException {
    Set<String> documented = fields(section("## An answer file"));

    assertThat(documented).isEqualTo(schemaFields("answer.schema.json", false));
  }

  @Test
  void theSettingsReferenceNamesEveryBotYmlSetting() throws IOException {
    Set<String> documented = settings(section("## Settings reference"), "`bot.yml`");

    assertThat(documented).isEqualTo(schemaFields("bot.schema.json", true));
  }

  @Test
  void everyEnvironmentVariableInTheSettingsReferenceIsOneTheBotReads() throws IOException {
    Set<String> documented = settings(section("## Settings reference"), "environment");
    String code;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      code = files.filter(file -> file.toString().endsWith(".java")).map(AdminGuideTest::read)
          .collect(Collectors.joining("\n"));
    }

    assertThat(documented).contains("PORT", "BOT_CONFIG_DIR", "DATA_DIR", "SLACK_BOT_TOKEN", "TEAMS_APP_ID");
    assertThat(documented.stream().filter(name -> !code.contains("\"" + name + "\"")))
        .as("variables in the settings reference that no code in src/main reads").isEmpty();
  }

  /** The names in the settings table whose "set in" column starts with {@code where}. */
  private static Set<String> settings(String section, String where) {
    Set<String> names = new TreeSet<>();
    Matcher row = SETTING_ROW.matcher(section);
    while (row.find()) {
      if (row.group(2).startsWith(where)) {
        names.add(row.group(1));
      }
    }
    return names;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Set<String> fields(String section) {
    Set<String> fields = new TreeSet<>();
    Matcher row = FIELD_ROW.matcher(section);
    while (row.find()) {
      fields.add(row.group(1));
    }
    return fields;
  }

  /** Top-level property names; with {@code nested}, a section's fields as {@code section.field} instead. */
  private static Set<String> schemaFields(String schema, boolean nested) throws IOException {
    JsonNode properties = new ObjectMapper().readTree(ConfigSchemaTest.CONFIG.resolve("schema/" + schema).toFile())
        .get("properties");
    Set<String> names = new TreeSet<>();
    List<String> top = new ArrayList<>();
    properties.fieldNames().forEachRemaining(top::add);
    for (String name : top) {
      JsonNode children = properties.get(name).get("properties");
      if (nested && children != null) {
        children.fieldNames().forEachRemaining(child -> names.add(name + "." + child));
      } else {
        names.add(name);
      }
    }
    return names;
  }

  private static String section(String heading) throws IOException {
    String guide = Files.readString(GUIDE);
    int start = guide.indexOf("\n" + heading + "\n");
    assertThat(start).as(GUIDE + " has a section " + heading).isNotNegative();
    Matcher next = Pattern.compile("\n##+ ").matcher(guide);
    int end = next.find(start + heading.length() + 1) ? next.start() : -1;
    return guide.substring(start, end < 0 ? guide.length() : end);
  }

  private static String between(String text, String open, String close) {
    int start = text.indexOf(open) + open.length();
    return text.substring(start, text.indexOf(close, start));
  }
}
