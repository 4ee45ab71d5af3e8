package com.partnershipbot.cli;

import com.partnershipbot.env.Env;
import com.partnershipbot.env.Folders;
import com.partnershipbot.env.SettingsException;
import com.partnershipbot.matching.MatcherFactory;
import com.partnershipbot.server.Application;
import com.partnershipbot.server.ServeSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Starts the bot as {@code serve} does, in local mode on a free loopback port with a temporary
 * data folder, asks it a few questions over HTTP and stops. Run once under
 * {@code -XX:ArchiveClassesAtExit=FILE} (the build does, next to the jar), it leaves the class
 * archive that README's {@code -XX:SharedArchiveFile} reads, so later starts skip loading and
 * verifying the same classes again. With {@code --keep-vectors DIR} it also keeps the sentence
 * vectors it encoded for the config, which the build packs into the jar for first starts.
 */
@Command(name = "warm-up", mixinStandardHelpOptions = true,
    description = {"Start the bot in local mode with a temporary data folder, ask it a few questions, and stop.",
        "Run under -XX:ArchiveClassesAtExit=FILE to write the class archive that makes serve start faster "
            + "(mvn package writes target/partnership-bot.jsa this way; see docs/deployment.md#faster-starts)."})
final class WarmUpCommand implements Callable<Integer> {
  /** Asked through /api/ask: an answer, a topic key, a decline and help, so each kind of reply is built once. */
  static final List<String> QUESTIONS = List.of("is Azure still exclusive?", "agi", "what is the weather like today",
      "help");

  @Mixin
  ConfigOption config;

  @Option(names = "--keep-vectors", paramLabel = "DIR", description = "Also copy the sentence vectors encoded for "
      + "the config into DIR (mvn package puts them in the jar, so a first start of that config encodes nothing).")
  Path keepVectors;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path data = Files.createTempDirectory("partnership-bot-warm-up");
    try {
      ServeSettings settings = settings(data);
      try (Application application = Application.start(settings)) {
        int answered = askAll(application.port());
        spec.commandLine().getOut().printf("partnership-bot warm-up: %d of %d questions answered over HTTP by the bot on port %d%n",
            answered, QUESTIONS.size(), application.port());
        if (answered != QUESTIONS.size()) {
          return FriendlyErrors.FAILURE;
        }
      }
      return keepVectors == null ? 0 : keep(data);
    } finally {
      delete(data);
    }
  }

  /** Copies each encoder's vector file from the data folder; fails naming any that is missing. */
  private int keep(Path data) throws IOException {
    Files.createDirectories(keepVectors);
    for (String name : MatcherFactory.VECTOR_FILES) {
      Path saved = data.resolve(name);
      if (!Files.isRegularFile(saved)) {
        spec.commandLine().getErr().println("partnership-bot warm-up: no " + name + " to keep: a sentence encoder "
            + "did not load (see the log)");
        return FriendlyErrors.FAILURE;
      }
      Files.copy(saved, keepVectors.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
    spec.commandLine().getOut().println("partnership-bot warm-up: sentence vectors kept in " + keepVectors);
    return 0;
  }

  /** Local mode whatever the environment says: no platform, a free port, nothing kept. */
  private ServeSettings settings(Path data) {
    try {
      Path configDir = Folders.configDir(config.env, Optional.ofNullable(config.flag));
      return ServeSettings.from(new Env(Map.of(ServeSettings.PORT, "0", ServeSettings.DRAIN_SECONDS, "0",
          ServeSettings.CONFIG_WATCH, "false")), Optional.of(configDir), Optional.of(data));
    } catch (SettingsException e) {
      throw new UserFacingException("partnership-bot warm-up: " + e.getMessage(), FriendlyErrors.CONFIG_ERROR);
    }
  }

  private static int askAll(int port) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    int answered = 0;
    for (String question : QUESTIONS) {
      URI uri = URI.create("http://127.0.0.1:" + port + "/api/ask?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8));
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString());
      answered += response.statusCode() == 200 ? 1 : 0;
    }
    return answered;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
