package com.partnershipbot.server;

import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
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
  /**
   * Request threads at most. Answering is mostly CPU work and the machine has a few cores, so more
   * threads only queue for them, while each keeps its own buffers (Lucene's analyzers, say): two
   * hundred of them once filled a small heap. Requests beyond this wait in Jetty's queue.
   */
  static final int MAX_THREADS = 32;
  private static final int MIN_THREADS = 4;

  private BotServer() {}

  public static Server newServer(int port, List<Route> routes) {
    return newServer(port, routes, HeaderDeadline.DEFAULT);
  }

  static Server newServer(int port, List<Route> routes, Duration headerDeadline) {
    QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS);
    threads.setName("http");
    Server server = new Server(threads);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(httpConfiguration()));
    connector.setPort(port);
    connector.setHost(null);
    connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
    HeaderDeadline deadline = new HeaderDeadline(headerDeadline);
    connector.addEventListener(deadline);
    server.addBean(deadline);
    server.addConnector(connector);
    server.setErrorHandler(new JsonErrorHandler());
    server.setHandler(new GracefulHandler(new RequestBounds(new RouteSwitch(context(routes)))));
    server.setStopTimeout(STOP_TIMEOUT_MILLIS);
    server.setStopAtShutdown(false);
    return server;
  }

  /**
   * Jetty's defaults, less the header cache: each connection would keep its own, about 100 KB of
   * heap, and Slack opens connections by the hundred under load. Parsing the few headers of a
   * request without it costs microseconds.
   */
  private static HttpConfiguration httpConfiguration() {
    HttpConfiguration http = new HttpConfiguration();
    http.setHeaderCacheSize(0);
    return http;
  }

  /**
   * Serves {@code routes} from now on instead of the routes it started with (the bot starts
   * listening with its probes only, then swaps in every route once the config is loaded). The new
   * routes are started before the switch, and the old ones keep running until the server stops,
   * so a request arriving at any moment meets either the old routes or the new, started ones.
   */
  static void replaceRoutes(Server server, List<Route> routes) throws Exception {
    RouteSwitch current = server.getDescendant(RouteSwitch.class);
    Handler before = current.getHandler();
    ServletContextHandler context = context(routes);
    context.setServer(server);
    context.start();
    current.unmanage(before);
    current.setHandler(context);
    server.addManaged(before);
  }

  private static ServletContextHandler context(List<Route> routes) {
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.setErrorHandler(new JsonErrorHandler());
    routes.forEach(route -> context.addServlet(new ServletHolder(route.servlet()), route.path()));
    context.addServlet(new ServletHolder(new NotFoundServlet()), "/");
    return context;
  }

  /** The handler whose routes can be replaced while the server runs. */
  private static final class RouteSwitch extends Handler.Wrapper {
    RouteSwitch(Handler routes) {
      super(true, routes);
    }
  }

  /** The port actually bound (useful after asking for port 0). */
  public static int port(Server server) {
    return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
  }
}
