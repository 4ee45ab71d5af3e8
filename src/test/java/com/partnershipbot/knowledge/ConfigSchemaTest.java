package com.partnershipbot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schemas in bot-config/schema let editors check answers as admins type. These tests keep
 * them and the loader in step: same fields, same required fields, same limits.
 */
class ConfigSchemaTest {
  static final Path CONFIG = Path.of("bot-config");
  static final Path FIXTURES = ConfigValidationTest.FIXTURES;
  static final String ANSWER_MODELINE = "# yaml-language-server: $schema=../schema/answer.schema.json";
  static final String BOT_MODELINE = "# yaml-language-server: $schema=schema/bot.schema.json";

  private static final ObjectMapper YAML = new YAMLMapper();
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ConfigLoader loader = new ConfigLoader(ConfigValidationTest.TODAY);

  static Stream<Path> shippedAnswers() throws IOException {
    try (Stream<Path> files = Files.list(CONFIG.resolve("answers"))) {
      return files.filter(f -> f.toString().endsWith(".yml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("shippedAnswers")
  void everyShippedAnswerMatchesTheSchema(Path answer) throws IOException {
    assertThat(errors(answerSchema(), answer)).isEmpty();
  }

  @Test
  void theShippedSettingsMatchTheSchema() throws IOException {
    assertThat(errors(botSchema(), CONFIG.resolve("bot.yml"))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("shippedAnswers")
  void everyShippedAnswerNamesItsSchemaOnTheFirstLine(Path answer) throws IOException {
    String first = Files.readAllLines(answer).get(0);

    assertThat(first).isEqualTo(ANSWER_MODELINE);
    assertThat(answer.getParent().resolve(first.substring(first.indexOf('=') + 1))).isRegularFile();
  }

  @Test
  void theShippedSettingsNameTheirSchemaOnTheFirstLine() throws IOException {
    String first = Files.readAllLines(CONFIG.resolve("bot.yml")).get(0);

    assertThat(first).isEqualTo(BOT_MODELINE);
    assertThat(CONFIG.resolve(first.substring(first.indexOf('=') + 1))).isRegularFile();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "unknown-field, answers/azure.yml, anwser",
      "unknown-source-field, answers/azure.yml, publsher",
      "unknown-field-no-guess, answers/compute.yml, colour",
      "unknown-setting, bot.yml, fallbak",
      "missing-answer, answers/compute.yml, answer",
      "empty-answer, answers/compute.yml, $.answer",
      "empty-id, answers/compute.yml, $.id",
      "id-not-lowercase, answers/compute.yml, $.id",
      "answer-too-long, answers/compute.yml, $.answer",
      "malformed-date, answers/azure.yml, $.reviewed",
      "date-in-words, answers/compute.yml, $.source.date",
      "text-instead-of-list, answers/azure.yml, $.related",
      "list-instead-of-text, answers/compute.yml, $.title",
      "threshold-out-of-range, bot.yml, $.matching.answer_threshold",
      "threshold-not-a-number, bot.yml, $.matching.answer_threshold",
      "stale-days-not-whole, bot.yml, $.stale_after_days"})
  void fixturesTheLoaderRefusesFailTheSchemaAtTheSameField(String fixture, String file, String where)
      throws IOException {
    Path path = FIXTURES.resolve(fixture).resolve(file);
    JsonSchema schema = file.equals("bot.yml") ? botSchema() : answerSchema();

    assertThat(loader.check(FIXTURES.resolve(fixture)).isValid()).isFalse();
    assertThat(errors(schema, path)).anySatisfy(error -> assertThat(error).contains(where));
  }

  @Test
  void answerFieldsAreTheLoadersFields() throws IOException {
    assertSameFields(answerSchemaNode(), answerSchemaNode(), loader.mapper().constructType(FaqEntry.class), "answer");
  }

  @Test
  void settingsFieldsAreTheLoadersFields() throws IOException {
    assertSameFields(botSchemaNode(), botSchemaNode(), loader.mapper().constructType(BotSettings.class), "bot.yml");
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "title", "answer", "questions", "aliases", "keywords", "source", "reviewed", "owner",
      "related", "source/title", "source/publisher", "source/location", "source/date"})
  void aFieldIsRequiredByTheSchemaExactlyWhenTheLoaderRequiresIt(String field, @TempDir Path dir) throws IOException {
    ConfigValidationTest.copy("valid", dir);
    Path azure = dir.resolve("answers/azure.yml");
    ObjectNode tree = (ObjectNode) YAML.readTree(azure.toFile());
    String[] path = field.split("/");
    ObjectNode parent = path.length == 1 ? tree : (ObjectNode) tree.get(path[0]);
    assertThat(parent.remove(path[path.length - 1])).as("the valid fixture has every field").isNotNull();
    YAML.writeValue(azure.toFile(), tree);

    boolean schemaAccepts = errors(answerSchema(), azure).isEmpty();
    boolean loaderAccepts = loader.check(dir).isValid();

    assertThat(schemaAccepts).as("schema accepts the answer without " + field).isEqualTo(loaderAccepts);
  }

  @ParameterizedTest
  @CsvSource({
      "'matching: {answer_threshold: 0, clarify_threshold: 0}', true",
      "matching: {answer_threshold: 1}, true",
      "matching: {answer_threshold: 1.01}, false",
      "matching: {clarify_threshold: -0.01}, false",
      "matching: {clarify_margin: 1.5}, false",
      "matching: {clarify_margin: 0.5}, true",
      "stale_after_days: 1, true",
      "stale_after_days: 0, false",
      "retention_days: -5, false",
      "retention_days: 30, true",
      "record_user_ids: plain, true",
      "record_user_ids: sometimes, false",
      "'synonyms: [[cloud, hosting]]', true",
      "'synonyms: [[cloud]]', false",
      "'admins: [U012AB3CD]', true",
      "'admins: [U012AB3CD, {teams: 6f1e2d3c-0000-4000-8000-00000000abcd}]', true",
      "'admins: [{slack: U012AB3CD}]', true",
      "'admins: [{teams: megan}]', false",
      "'admins: [{email: megan@example.com}]', false",
      "'admins: [6f1e2d3c-0000-4000-8000-00000000abcd]', false",
      "admin_channel: C012AB3CD, true"})
  void aSettingIsAcceptedBySchemaAndLoaderAlike(String setting, boolean accepted, @TempDir Path dir)
      throws IOException {
    ConfigValidationTest.copy("valid", dir);
    Path bot = dir.resolve("bot.yml");
    Files.writeString(bot, setting + "\n");

    assertThat(errors(botSchema(), bot).isEmpty()).as("schema accepts " + setting).isEqualTo(accepted);
    assertThat(loader.check(dir).isValid()).as("loader accepts " + setting).isEqualTo(accepted);
  }

  @ParameterizedTest
  @CsvSource({"compute-2, true", "third-parties, true", "gpt4o, true", "Azure, false", "third parties, false",
      "third--parties, false", "-azure, false"})
  void anIdIsAcceptedBySchemaAndLoaderAlike(String id, boolean accepted, @TempDir Path dir) throws IOException {
    ConfigValidationTest.copy("valid", dir);
    Path compute = dir.resolve("answers/compute.yml");
    Files.writeString(compute, Files.readString(compute).replace("id: compute", "id: '" + id + "'")
        .replace("related:\n  - azure\n", ""));
    Files.writeString(dir.resolve("answers/azure.yml"),
        Files.readString(dir.resolve("answers/azure.yml")).replace("related:\n  - compute\n", ""));

    assertThat(errors(answerSchema(), compute).isEmpty()).as("schema accepts " + id).isEqualTo(accepted);
    assertThat(loader.check(dir).isValid()).as("loader accepts " + id).isEqualTo(accepted);
  }

  @Test
  void theAnswerLengthLimitIsTheLoaders() throws IOException {
    assertThat(answerSchemaNode().at("/properties/answer/maxLength").asInt()).isEqualTo(ContentFormat.MAX_ANSWER_CHARS);
  }

  @Test
  void theRecordUserIdChoicesAreTheLoaders() throws IOException {
    List<String> choices = new ArrayList<>();
    botSchemaNode().at("/properties/record_user_ids/enum").forEach(choice -> choices.add(choice.asText()));

    assertThat(choices).containsExactlyElementsOf(Arrays.stream(UserIdPolicy.values())
        .map(policy -> policy.name().toLowerCase(Locale.ROOT)).toList());
  }

  /** Compares one level of schema properties with the loader's fields, then every nested section. */
  private void assertSameFields(JsonNode root, JsonNode schema, JavaType type, String where) {
    JsonNode resolved = resolve(root, schema);
    Set<String> schemaFields = new TreeSet<>();
    resolved.path("properties").fieldNames().forEachRemaining(schemaFields::add);
    List<BeanPropertyDefinition> properties = loader.mapper().getDeserializationConfig().introspect(type)
        .findProperties();
    Set<String> loaderFields = new TreeSet<>(properties.stream().map(BeanPropertyDefinition::getName).toList());

    assertThat(schemaFields).as("fields of " + where + " in the schema (bot-config/schema) and in the loader's "
        + type.getRawClass().getSimpleName()).isEqualTo(loaderFields);
    assertThat(resolved.path("additionalProperties").asBoolean(true)).as(where + " refuses unknown fields").isFalse();
    for (BeanPropertyDefinition property : properties) {
      if (property.getPrimaryType().isRecordType()) {
        assertSameFields(root, resolved.path("properties").path(property.getName()), property.getPrimaryType(),
            where + "." + property.getName());
      }
    }
  }

  private static JsonNode resolve(JsonNode root, JsonNode schema) {
    JsonNode ref = schema.get("$ref");
    return ref == null ? schema : resolve(root, root.at(ref.asText().substring(1)));
  }

  private static List<String> errors(JsonSchema schema, Path file) throws IOException {
    JsonNode document = YAML.readTree(file.toFile());
    Set<ValidationMessage> messages = schema.validate(document == null ? JSON.nullNode() : document);
    return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  private static JsonSchema answerSchema() throws IOException {
    return schema(answerSchemaNode());
  }

  private static JsonSchema botSchema() throws IOException {
    return schema(botSchemaNode());
  }

  private static JsonSchema schema(JsonNode node) {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(node);
  }

  private static JsonNode answerSchemaNode() throws IOException {
    return JSON.readTree(CONFIG.resolve("schema/answer.schema.json").toFile());
  }

  private static JsonNode botSchemaNode() throws IOException {
    return JSON.readTree(CONFIG.resolve("schema/bot.schema.json").toFile());
  }

}
