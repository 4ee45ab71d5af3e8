package com.partnershipbot.server;

import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The embedded Jetty server: routes in, a started-or-startable server out. Tests use port 0.
 * Bounded: request bodies (see {@link RequestBounds}), the time to send request headers
 * ({@link HeaderDeadline}) and idle connections ({@link #IDLE_TIMEOUT}).
 */
public final class BotServer {
  static final long STOP_TIMEOUT_MILLIS = 10_000;
  static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

  private BotServer() {}

  public static Server newServer(int port, List<Route> routes) {
    return newServer(port, routes, HeaderDeadline.DEFAULT);
  }

  static Server newServer(int port, List<Route> routes, Duration headerDeadline) {
    QueuedThreadPool threads = new QueuedThreadPool(200, 8);
    threads.setName("http");
    Server server = new Server(threads);
    ServerConnector connector = new ServerConnector(server);
    connector.setPort(port);
    connector.setHost(null);
    connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
    HeaderDeadline deadline = new HeaderDeadline(headerDeadline);
    connector.addEventListener(deadline);
    server.addBean(deadline);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.setErrorHandler(new JsonErrorHandler());
    routes.forEach(route -> context.addServlet(new ServletHolder(route.servlet()), route.path()));
    context.addServlet(new ServletHolder(new NotFoundServlet()), "/");
    server.setErrorHandler(new JsonErrorHandler());
    server.setHandler(new GracefulHandler(new RequestBounds(context)));
    server.setStopTimeout(STOP_TIMEOUT_MILLIS);
    server.setStopAtShutdown(false);
    return server;
  }

  /** The port actually bound (useful after asking for port 0). */
  public static int port(Server server) {
    return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }
}
