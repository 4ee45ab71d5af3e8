package com.partnershipbot.cli;

import com.partnershipbot.env.Env;
import com.partnershipbot.env.SettingsException;
import com.partnershipbot.server.Application;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;

/** Runs the bot until SIGTERM. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve Slack and Teams (as the environment enables them); with no credentials, a local mode.")
final class ServeCommand implements Callable<Integer> {
  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @Override
  public Integer call() throws Exception {
    Application application;
    try {
      application = Application.start(Env.system());
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
