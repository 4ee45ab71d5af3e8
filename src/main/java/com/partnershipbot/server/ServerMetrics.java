package com.partnershipbot.server;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jetty.JettyConnectionMetrics;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import org.eclipse.jetty.server.Server;

/** Jetty's thread pool and connections, measured by Micrometer's own binders. */
final class ServerMetrics {
  private ServerMetrics() {}

  static void bind(Server server, MeterRegistry registry) {
    new JettyServerThreadPoolMetrics(server.getThreadPool(), Tags.empty()).bindTo(registry);
    JettyConnectionMetrics.addToAllConnectors(server, registry);
  }
}
