package com.partnershipbot.cli;

import com.partnershipbot.env.Env;
import com.partnershipbot.env.SettingsException;
import com.partnershipbot.server.Application;
import com.partnershipbot.server.ServeSettings;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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
  /** The exit code when a second signal cuts the start-up short. */
  static final int FORCED = 1;

  @Mixin
  ConfigOption config;

  @Mixin
  DataDirOption data;

  Env env = Env.system();

  @Override
  public Integer call() throws Exception {
    Stopper stopper = new Stopper();
    onSignal("TERM", stopper::stop);
    onSignal("INT", stopper::stop);
    Application application;
    try {
      application = Application.start(ServeSettings.from(env, Optional.ofNullable(config.flag),
          Optional.ofNullable(data.flag)));
    } catch (SettingsException e) {
      throw new UserFacingException("partnership-bot serve: " + e.getMessage(), FriendlyErrors.FAILURE);
    }
    if (stopper.started(application)) {
      Runtime.getRuntime().addShutdownHook(new Thread(stopper::stop, "shutdown"));
      application.join();
    }
    stopper.awaitStopped();
    return 0;
  }

  /**
   * Stops the bot once, whenever the signal comes. A signal that arrives while the bot is still
   * starting (loading the config and the encoder) is kept: the start-up finishes, then the bot
   * stops at once, exiting 0 as after any other stop. A second signal before the start-up ends
   * exits at once with {@link #FORCED}, for a start that hangs.
   */
  private static final class Stopper {
    private final CountDownLatch stopped = new CountDownLatch(1);
    private Application application;
    private boolean requested;

    /** The bot is up; false when a stop was asked for while it started (it is stopped now, here). */
    boolean started(Application started) {
      synchronized (this) {
        application = started;
        if (!requested) {
          return true;
        }
      }
      ServeCommand.stop(started);
      stopped.countDown();
      return false;
    }

    void stop() {
      Application running;
      boolean again;
      synchronized (this) {
        again = requested;
        requested = true;
        running = application;
      }
      if (again && running == null) {
        LOG.warn("Asked again to stop while still starting: exiting now");
        System.exit(FORCED);
      }
      if (again) {
        return;
      }
      if (running == null) {
        LOG.info("Stop requested while starting: the bot stops as soon as its start-up ends");
        return;
      }
      ServeCommand.stop(running);
      stopped.countDown();
    }

    void awaitStopped() throws InterruptedException {
      stopped.await();
    }
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
