package com.partnershipbot.server;

import com.partnershipbot.delivery.RetryPolicy;
import com.partnershipbot.env.Env;
import com.partnershipbot.env.Folders;
import com.partnershipbot.env.LogFormat;
import com.partnershipbot.env.SettingsException;
import com.partnershipbot.platform.PlatformSettings;
import com.partnershipbot.slack.SlackSettings;
import com.partnershipbot.storage.DatabaseSettings;
import com.partnershipbot.teams.TeamsSetup;
import com.partnershipbot.tryit.TryPageSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Everything {@code serve} needs, read once at start from its flags and the environment and
 * checked as a whole: every problem is reported together, each naming its variable.
 */
public record ServeSettings(int port, Path configDir, Path dataDir, DatabaseSettings database,
    List<PlatformSettings> platforms, Duration drainDelay, boolean watchConfig, TryPageSettings tryPage,
    RetryPolicy replyRetries) {
  public static final String PORT = "PORT";
  public static final int DEFAULT_PORT = 3000;
  /** How long a stopping instance keeps answering after /readyz turns 503, for the load balancer to notice. */
  public static final String DRAIN_SECONDS = "DRAIN_SECONDS";
  public static final long DEFAULT_DRAIN_SECONDS = 5;
  private static final long MAX_DRAIN_SECONDS = 120;
  /** "false" turns the config file watch off, for volumes that deliver no file events (NFS, some mounts). */
  public static final String CONFIG_WATCH = "CONFIG_WATCH";
  /** How long a reply to Slack or Teams is tried before it is counted lost (docs/reliability.md). */
  public static final String REPLY_RETRY_BUDGET_SECONDS = "REPLY_RETRY_BUDGET_SECONDS";
  private static final long MAX_REPLY_RETRY_BUDGET_SECONDS = 3_600;

  public ServeSettings {
    platforms = List.copyOf(platforms);
  }

  /** From the environment alone, as when serve is given no flags. */
  public static ServeSettings from(Env env) {
    return from(env, Optional.empty(), Optional.empty());
  }

  /** A flag, when given, wins over its variable. */
  public static ServeSettings from(Env env, Optional<Path> configFlag, Optional<Path> dataDirFlag) {
    List<String> problems = new ArrayList<>();
    Optional<Integer> port = checked(problems, () -> env.port(PORT, DEFAULT_PORT));
    Optional<Duration> drainDelay = checked(problems,
        () -> env.seconds(DRAIN_SECONDS, DEFAULT_DRAIN_SECONDS, MAX_DRAIN_SECONDS));
    Optional<Boolean> watchConfig = checked(problems, () -> env.flag(CONFIG_WATCH, true));
    Optional<RetryPolicy> replyRetries = checked(problems, () -> replyRetries(env));
    checked(problems, () -> LogFormat.from(env));
    Optional<Path> configDir = checked(problems, () -> Folders.configDir(env, configFlag));
    Path dataDir = Folders.dataDir(env, dataDirFlag);
    Optional<DatabaseSettings> database = checked(problems, () -> DatabaseSettings.from(env, dataDir));
    List<PlatformSettings> platforms = new ArrayList<>();
    checked(problems, () -> SlackSettings.from(env)).flatMap(slack -> slack).ifPresent(platforms::add);
    checked(problems, () -> TeamsSetup.from(env)).flatMap(teams -> teams).ifPresent(platforms::add);
    Optional<TryPageSettings> tryPage = checked(problems, () -> TryPageSettings.from(env));
    if (!problems.isEmpty()) {
      throw new SettingsException(String.join("\n", problems));
    }
    return new ServeSettings(port.orElseThrow(), configDir.orElseThrow(), dataDir, database.orElseThrow(), platforms,
        drainDelay.orElseThrow(), watchConfig.orElseThrow(), tryPage.orElseThrow(), replyRetries.orElseThrow());
  }

  /** With no platform configured, the bot serves the try-it page and /api/ask for a local try-out. */
  public boolean localMode() {
    return platforms.isEmpty();
  }

  /** The production retry policy with the budget from {@value #REPLY_RETRY_BUDGET_SECONDS}, at least 1 s. */
  private static RetryPolicy replyRetries(Env env) {
    try {
      Duration budget = env.seconds(REPLY_RETRY_BUDGET_SECONDS, RetryPolicy.DEFAULT.budget().toSeconds(),
          MAX_REPLY_RETRY_BUDGET_SECONDS);
      if (!budget.isZero()) {
        return RetryPolicy.DEFAULT.withBudget(budget);
      }
    } catch (SettingsException e) {
      // told below, with the range this setting really takes
    }
    throw new SettingsException(REPLY_RETRY_BUDGET_SECONDS + " must be a whole number of seconds from 1 to "
        + MAX_REPLY_RETRY_BUDGET_SECONDS + ", not '" + env.get(REPLY_RETRY_BUDGET_SECONDS).orElse("") + "'");
  }

  private static <T> Optional<T> checked(List<String> problems, Supplier<T> setting) {
    try {
      return Optional.of(setting.get());
    } catch (SettingsException e) {
      problems.add(e.getMessage());
      return Optional.empty();
    }
  }
}
