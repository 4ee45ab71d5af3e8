package com.partnershipbot.server;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a connection whose request line and headers are still arriving after {@link #DEFAULT}
 * (a slow-loris client sending a byte at a time, which the idle timeout never catches because
 * each byte resets it). Checked once a second; an idle keep-alive connection is left to the idle timeout.
 */
final class HeaderDeadline extends AbstractLifeCycle implements Connection.Listener {
  static final Duration DEFAULT = Duration.ofSeconds(20);
  private static final Logger LOG = LoggerFactory.getLogger(HeaderDeadline.class);

  private final Duration deadline;
  private final Map<HttpConnection, Started> open = new ConcurrentHashMap<>();
  private ScheduledExecutorService sweeper;

  /** When the current request's header began arriving, and which request on the connection it is. */
  private record Started(long messagesIn, long nanos) {}

  HeaderDeadline(Duration deadline) {
    this.deadline = deadline;
  }

  @Override
  public void onOpened(Connection connection) {
    if (connection instanceof HttpConnection http) {
      open.put(http, new Started(-1, 0));
    }
  }

  @Override
  public void onClosed(Connection connection) {
    open.remove(connection);
  }

  @Override
  protected void doStart() {
    sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "http-header-deadline");
      thread.setDaemon(true);
      return thread;
    });
    long period = Math.max(50, Math.min(1_000, deadline.toMillis() / 4));
    sweeper.scheduleAtFixedRate(this::sweep, period, period, TimeUnit.MILLISECONDS);
  }

  @Override
  protected void doStop() {
    sweeper.shutdownNow();
    open.clear();
  }

  private void sweep() {
    long now = System.nanoTime();
    open.replaceAll((connection, started) -> check(connection, started, now));
  }

  private Started check(HttpConnection connection, Started started, long now) {
    HttpParser parser = connection.getParser();
    boolean headerArriving = parser.inHeaderState() && !parser.isStart();
    if (!headerArriving) {
      return new Started(-1, 0);
    }
    long request = connection.getMessagesIn();
    if (started.messagesIn() != request) {
      return new Started(request, now);
    }
    if (now - started.nanos() > deadline.toNanos()) {
      LOG.info("Closed a connection from {}: its request headers took longer than {} s",
          connection.getEndPoint().getRemoteSocketAddress(), deadline.toSeconds());
      connection.getEndPoint().close();
    }
    return started;
  }
}
