package com.partnershipbot.testing;

import com.partnershipbot.env.Env;
import com.partnershipbot.matching.TestMatching;
import com.partnershipbot.server.Application;
import com.partnershipbot.server.ServeSettings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The environment of a test's bot: any free port, the given config, and a data directory in the test's own folder. */
public final class ServeEnv {
  private final Map<String, String> variables = new HashMap<>();

  private ServeEnv(Path tempDir, Path configDir) {
    variables.put("PORT", "0");
    variables.put("DRAIN_SECONDS", "0");
    variables.put("BOT_CONFIG_DIR", configDir.toString());
    variables.put("DATA_DIR", tempDir.resolve("data").toString());
  }

  /** Records and vectors go to tempDir/data. */
  public static ServeEnv in(Path tempDir, Path configDir) {
    return new ServeEnv(tempDir, configDir);
  }

  public ServeEnv with(String name, String value) {
    variables.put(name, value);
    return this;
  }

  public ServeEnv without(String name) {
    variables.remove(name);
    return this;
  }

  public ServeEnv withAll(Map<String, String> more) {
    variables.putAll(more);
    return this;
  }

  public Env env() {
    return new Env(variables);
  }

  /** Starts the bot with these settings and the test run's shared sentence encoder. */
  public Application start() throws Exception {
    return Application.start(settings(), TestMatching.factory());
  }

  /** Parsed as serve parses them; a settings problem fails here. */
  public ServeSettings settings() {
    return ServeSettings.from(env());
  }
}
