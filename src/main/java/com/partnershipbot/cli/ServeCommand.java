package com.partnershipbot.cli;

import com.partnershipbot.env.Env;
import com.partnershipbot.env.SettingsException;
import com.partnershipbot.server.Application;
import com.partnershipbot.server.ServeSettings;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Runs the bot until SIGTERM. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve Slack and Teams (as the environment enables them); with no credentials, a local mode.",
        "Listens on $" + ServeSettings.PORT + " (default " + ServeSettings.DEFAULT_PORT + ")."})
final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @Mixin
  ConfigOption config;

  @Mixin
  DataDirOption data;

  Env env = Env.system();

  @Override
  public Integer call() throws Exception {
    Application application;
    try {
      application = Application.start(ServeSettings.from(env, Optional.ofNullable(config.flag),
          Optional.ofNullable(data.flag)));
    } catch (SettingsException e) {
      throw new UserFacingException("partnership-bot serve: " + e.getMessage(), FriendlyErrors.FAILURE);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(application), "shutdown"));
    application.join();
    return 0;
  }

  private static void stop(Application application) {
    LOG.info("Stopping: finishing requests in flight and queued replies");
    try {
      application.close();
    } catch (Exception e) {
      LOG.warn("Stopped with an error: {}", e.toString());
    }
  }
}
