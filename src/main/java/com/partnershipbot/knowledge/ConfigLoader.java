package com.partnershipbot.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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
  private final Clock clock;

  public ConfigLoader(Clock clock) {
    this.clock = clock;
    this.mapper = YAMLMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .addModule(new JavaTimeModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .build();
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
    List<SourceFile> files = readAll(dir, problems);
    SourceFile settingsFile = files.stream().filter(SourceFile::isSettings).findFirst().orElse(null);
    BotSettings settings = settingsFile == null ? null : bind(settingsFile, BotSettings.class, problems);
    List<BoundEntry> entries = new ArrayList<>();
    for (SourceFile file : files) {
      if (!file.isSettings()) {
        FaqEntry entry = bind(file, FaqEntry.class, problems);
        if (entry != null) {
          entries.add(new BoundEntry(file.yaml(), entry));
        }
      }
    }
    if (settingsFile == null) {
      problems.add(ConfigProblem.error(dir.resolve(SETTINGS_FILE).toString(), 1, 1, "bot.yml is missing"));
    }
    LocalDate today = LocalDate.now(clock);
    BotSettings effective = settings == null ? BotSettings.defaults() : settings;
    if (settings != null) {
      problems.addAll(SettingsRules.check(settingsFile.yaml(), settings));
    }
    problems.addAll(new EntryRules(effective, today).check(entries));
    if (files.stream().noneMatch(f -> !f.isSettings())) {
      problems.add(ConfigProblem.error(dir.resolve(ANSWERS_DIR).toString(), 1, 1,
          "no answers found: add at least one .yml file under answers/"));
    }
    if (problems.stream().anyMatch(ConfigProblem::isError)) {
      return new LoadReport(null, problems);
    }
    List<FaqEntry> faq = entries.stream().map(BoundEntry::entry).toList();
    return new LoadReport(new Knowledge(effective, faq, version(files), clock.instant()), problems);
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

  private List<SourceFile> readAll(Path dir, List<ConfigProblem> problems) {
    List<SourceFile> files = new ArrayList<>();
    Path settingsPath = dir.resolve(SETTINGS_FILE);
    if (Files.isRegularFile(settingsPath)) {
      read(settingsPath, true, problems).ifPresent(files::add);
    }
    Path answers = dir.resolve(ANSWERS_DIR);
    if (Files.isDirectory(answers)) {
      try (Stream<Path> listing = Files.list(answers)) {
        listing.filter(ConfigLoader::isYaml).sorted()
            .forEach(path -> read(path, false, problems).ifPresent(files::add));
      } catch (IOException e) {
        problems.add(ConfigProblem.error(answers.toString(), 1, 1, "cannot list directory: " + e.getMessage()));
      }
    }
    return files;
  }

  private static boolean isYaml(Path path) {
    String name = path.getFileName().toString();
    return Files.isRegularFile(path) && !name.startsWith(".") && (name.endsWith(".yml") || name.endsWith(".yaml"));
  }

  private java.util.Optional<SourceFile> read(Path path, boolean settings, List<ConfigProblem> problems) {
    String name = path.toString();
    try {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      YamlSource yaml = YamlSource.parse((YAMLFactory) mapper.getFactory(), name, text);
      if (yaml.isEmpty()) {
        problems.add(ConfigProblem.error(name, 1, 1, "file is empty"));
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(new SourceFile(yaml, settings));
    } catch (JsonProcessingException e) {
      problems.add(BindingProblems.describe(name, e));
    } catch (java.nio.charset.MalformedInputException e) {
      problems.add(ConfigProblem.error(name, 1, 1, "file is not valid UTF-8 text"));
    } catch (IOException e) {
      problems.add(ConfigProblem.error(name, 1, 1, "cannot read file: " + e.getMessage()));
    }
    return java.util.Optional.empty();
  }

  private <T> T bind(SourceFile file, Class<T> type, List<ConfigProblem> problems) {
    try {
      return mapper.readValue(file.yaml().text(), type);
    } catch (JsonProcessingException e) {
      problems.add(BindingProblems.describe(file.yaml().name(), e));
      return null;
    }
  }

  private static String version(List<SourceFile> files) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (SourceFile file : files) {
        digest.update(file.yaml().text().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private record SourceFile(YamlSource yaml, boolean isSettings) {}

  /** An entry together with the file it came from, so rules can point at its lines. */
  record BoundEntry(YamlSource yaml, FaqEntry entry) {}

}
