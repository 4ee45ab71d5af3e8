package com.partnershipbot.cli;

import com.partnershipbot.env.Env;
import com.partnershipbot.env.SettingsException;
import com.partnershipbot.server.Application;
import com.partnershipbot.server.ServeSettings;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import sun.misc.Signal;

/**
 * Runs the bot until SIGTERM (or Ctrl-C). The signal starts a drain: requests in flight finish,
 * queued replies are sent, queued records written; only then does the process exit, with 0.
 * Taking the signal ourselves (instead of a shutdown hook) keeps H2's own exit hook from closing
 * the database before the last records are written, and gives systemd the 0 it expects.
 */
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
    CountDownLatch stopped = new CountDownLatch(1);
    AtomicBoolean stopping = new AtomicBoolean();
    Runnable drain = () -> {
      if (stopping.compareAndSet(false, true)) {
        stop(application);
      }
      stopped.countDown();
    };
    onSignal("TERM", drain);
    onSignal("INT", drain);
    Runtime.getRuntime().addShutdownHook(new Thread(drain, "shutdown"));
    application.join();
    stopped.await();
    return 0;
  }

  private static void onSignal(String name, Runnable drain) {
    try {
      Signal.handle(new Signal(name), signal -> new Thread(drain, "shutdown-" + name.toLowerCase()).start());
    } catch (IllegalArgumentException e) {
      LOG.debug("Signal {} cannot be handled here; the shutdown hook drains instead", name);
    }
  }

  private static void stop(Application application) {
    LOG.info("Stopping: finishing requests in flight and queued replies");
    try {
      application.close();
      LOG.info("Stopped cleanly");
    } catch (Exception e) {
      LOG.warn("Stopped with an error: {}", e.toString());
    }
  }
}
