package com.partnershipbot.knowledge;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.partnershipbot.knowledge.BindingProblems.Bound;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads bot-config/: {@code bot.yml} and every {@code answers/*.yml}. Either the whole config is
 * valid and a {@link Knowledge} comes back, or nothing does and every problem is reported with its
 * file, line and column. Unknown fields are errors, never silently ignored.
 */
public final class ConfigLoader {
  public static final String SETTINGS_FILE = "bot.yml";
  public static final String ANSWERS_DIR = "answers";

  private final YAMLMapper mapper;
  private final UnknownFields unknownFields;
  private final Clock clock;

  public ConfigLoader(Clock clock) {
    this.clock = clock;
    this.mapper = YAMLMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .addModule(new JavaTimeModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .withConfigOverride(LocalDate.class, o -> o.setFormat(JsonFormat.Value.forLeniency(false)))
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .build();
    this.unknownFields = new UnknownFields(mapper);
  }

  public ConfigLoader() {
    this(Clock.systemDefaultZone());
  }

  /** Validates without throwing: the report holds the knowledge only when there are no errors. */
  public LoadReport check(Path dir) {
    List<ConfigProblem> problems = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      problems.add(ConfigProblem.error(dir.toString(), 1, 1, "config directory not found"));
      return new LoadReport(null, problems);
    }
    Optional<ConfigProblem> tooLarge = ConfigLimits.total(dir, allFiles(dir));
    if (tooLarge.isPresent()) {
      return new LoadReport(null, List.of(tooLarge.get()));
    }
    List<YamlSource> files = new ArrayList<>();
    BotSettings settings = readSettings(dir, files, problems);
    BotSettings effective = settings == null ? BotSettings.defaults() : settings;
    AnswerFiles answers = readAnswers(dir, files, problems);
    problems.addAll(new EntryRules(effective, LocalDate.now(clock)).check(answers.entries(), answers.unreadableIds()));
    problems.sort(ConfigProblem.IN_FILE_ORDER);
    if (problems.stream().anyMatch(ConfigProblem::isError)) {
      return new LoadReport(null, problems);
    }
    List<FaqEntry> faq = answers.entries().stream().map(BoundEntry::entry).toList();
    Map<String, EntryLines> lines = answers.entries().stream()
        .collect(Collectors.toMap(bound -> bound.entry().id(), bound -> EntryLines.of(bound.yaml())));
    return new LoadReport(new Knowledge(effective, faq, version(files), clock.instant(), lines), problems);
  }

  /** Loads the config or throws with every problem found. */
  public Knowledge load(Path dir) throws InvalidConfigException {
    LoadReport report = check(dir);
    if (report.knowledge().isEmpty()) {
      throw new InvalidConfigException(report.problems());
    }
    return report.knowledge().get();
  }

  /** The mapper used for config files, shared so the JSON Schema test binds the same way. */
  public ObjectMapper mapper() {
    return mapper;
  }

  private BotSettings readSettings(Path dir, List<YamlSource> files, List<ConfigProblem> problems) {
    Path path = dir.resolve(SETTINGS_FILE);
    if (!Files.isRegularFile(path)) {
      problems.add(ConfigProblem.error(path.toString(), 1, 1,
          "bot.yml is missing: every config needs its settings file next to answers/"));
      return null;
    }
    Optional<YamlSource> yaml = read(dir, path, problems);
    yaml.ifPresent(files::add);
    if (yaml.isEmpty() || !yaml.get().isMapping()) {
      return null;
    }
    Bound<BotSettings> bound = BindingProblems.bind(mapper, unknownFields, yaml.get(), BotSettings.class);
    problems.addAll(bound.problems());
    if (bound.value() != null) {
      problems.addAll(SettingsRules.check(yaml.get(), bound.value(), bound.failed()));
    }
    return bound.value();
  }

  /**
   * Reads, parses and binds the answer files on every core (a large FAQ has thousands), then
   * gathers the results in file-name order, so what comes back does not depend on the timing.
   */
  private AnswerFiles readAnswers(Path dir, List<YamlSource> files, List<ConfigProblem> problems) {
    Path answers = dir.resolve(ANSWERS_DIR);
    List<BoundEntry> entries = new ArrayList<>();
    Set<String> unreadableIds = new HashSet<>();
    List<Path> paths = answerFiles(answers, problems);
    for (AnswerFile file : paths.parallelStream().map(path -> readAnswer(dir, path)).toList()) {
      problems.addAll(file.problems());
      file.yaml().ifPresent(files::add);
      file.entry().ifPresent(entries::add);
      if (file.entry().map(bound -> bound.entry().id() == null || bound.entry().id().isBlank()).orElse(true)) {
        unreadableIds.add(presumedId(file.path(), file.yaml()));
      }
    }
    if (paths.isEmpty()) {
      problems.add(ConfigProblem.error(answers.toString(), 1, 1,
          "no answers found: add at least one .yml file under answers/"));
    }
    return new AnswerFiles(entries, unreadableIds);
  }

  private AnswerFile readAnswer(Path dir, Path path) {
    List<ConfigProblem> problems = new ArrayList<>();
    Optional<YamlSource> yaml = read(dir, path, problems);
    Optional<BoundEntry> entry = yaml.filter(YamlSource::isMapping).flatMap(y -> bindEntry(y, problems));
    return new AnswerFile(path, yaml, entry, problems);
  }

  private Optional<BoundEntry> bindEntry(YamlSource yaml, List<ConfigProblem> problems) {
    Bound<FaqEntry> bound = BindingProblems.bind(mapper, unknownFields, yaml, FaqEntry.class);
    problems.addAll(bound.problems());
    return Optional.ofNullable(bound.value()).map(entry -> new BoundEntry(yaml, entry, bound.failed()));
  }

  /** The id a file without a usable one was probably meant to have, so others may still refer to it. */
  private static String presumedId(Path path, Optional<YamlSource> yaml) {
    return yaml.flatMap(y -> y.value("/id")).map(YamlSource.Value::text).filter(id -> id != null && !id.isBlank())
        .orElse(path.getFileName().toString().replaceFirst("\\.ya?ml$", ""));
  }

  /** The .yml and .yaml files in answers/, in name order; anything else there is reported as not read. */
  private static List<Path> answerFiles(Path answers, List<ConfigProblem> problems) {
    if (!Files.isDirectory(answers)) {
      return List.of();
    }
    try (Stream<Path> listing = Files.list(answers)) {
      List<Path> all = listing.filter(path -> !path.getFileName().toString().startsWith(".")).sorted().toList();
      all.stream().filter(path -> !isYaml(path)).forEach(path -> problems.add(ConfigProblem.warning(path.toString(),
          1, 1, Files.isDirectory(path) ? "not read: answers in subfolders are not loaded; move them up into answers/"
              : "not read: only .yml and .yaml files in answers/ are loaded")));
      return all.stream().filter(ConfigLoader::isYaml).toList();
    } catch (IOException e) {
      problems.add(ConfigProblem.error(answers.toString(), 1, 1, "cannot list this folder: " + e.getMessage()));
      return List.of();
    }
  }

  private static boolean isYaml(Path path) {
    String name = path.getFileName().toString();
    return Files.isRegularFile(path) && (name.endsWith(".yml") || name.endsWith(".yaml"));
  }

  /** bot.yml and every entry of answers/, for the size of the whole config. */
  private static List<Path> allFiles(Path dir) {
    List<Path> files = new ArrayList<>(List.of(dir.resolve(SETTINGS_FILE)));
    Path answers = dir.resolve(ANSWERS_DIR);
    if (Files.isDirectory(answers)) {
      try (Stream<Path> listing = Files.list(answers)) {
        listing.filter(ConfigLoader::isYaml).forEach(files::add);
      } catch (IOException e) {
        // reported when answers/ is listed again
      }
    }
    return files;
  }

  /**
   * Reads and parses one file; a problem is reported and nothing returned when that is not
   * possible. The limits are checked first: a file too large or linked from outside the config is
   * not read, and one with an overlong line is not parsed.
   */
  private Optional<YamlSource> read(Path dir, Path path, List<ConfigProblem> problems) {
    String name = path.toString();
    String text = "";
    Optional<ConfigProblem> refused = ConfigLimits.beforeReading(dir, path);
    if (refused.isPresent()) {
      problems.add(refused.get());
      return Optional.empty();
    }
    try {
      Utf8Text.Decoded decoded = Utf8Text.decode(Files.readAllBytes(path));
      if (decoded.problem().isPresent()) {
        problems.add(decoded.problem().get().at(name));
        return Optional.empty();
      }
      text = decoded.text();
      Optional<ConfigProblem> longLine = ConfigLimits.longLine(name, text);
      if (longLine.isPresent()) {
        problems.add(longLine.get());
        return Optional.empty();
      }
      YamlSource yaml = YamlSource.parse((YAMLFactory) mapper.getFactory(), name, text);
      problems.addAll(yaml.structureProblems());
      if (yaml.isEmpty()) {
        problems.add(ConfigProblem.error(name, 1, 1, "file is empty: it has no fields, only blank lines or comments"));
        return Optional.empty();
      }
      if (!yaml.isMapping()) {
        problems.add(yaml.valueErrorAt("", "the file must be 'field: value' lines, not "
            + (yaml.value("").map(v -> v.token() == JsonToken.START_ARRAY).orElse(false) ? "a list" : "a single value")));
      }
      return Optional.of(yaml);
    } catch (JsonProcessingException e) {
      problems.add(YamlSyntax.describe(name, text, e));
    } catch (IOException e) {
      problems.add(ConfigProblem.error(name, 1, 1, "cannot read this file: " + e.getClass().getSimpleName()));
    }
    return Optional.empty();
  }

  private static String version(List<YamlSource> files) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (YamlSource file : files) {
        digest.update(file.text().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /**
   * An entry together with the file it came from, so rules can point at its lines; {@code failed}
   * holds the pointers of fields that did not bind and are already reported.
   */
  record BoundEntry(YamlSource yaml, FaqEntry entry, Set<String> failed) {}

  /** One answer file as read: its text if it parsed, its entry if it bound, and what was wrong. */
  private record AnswerFile(Path path, Optional<YamlSource> yaml, Optional<BoundEntry> entry,
      List<ConfigProblem> problems) {}

  /** Every answer that could be bound, and the ids of those that could not. */
  private record AnswerFiles(List<BoundEntry> entries, Set<String> unreadableIds) {}

}
