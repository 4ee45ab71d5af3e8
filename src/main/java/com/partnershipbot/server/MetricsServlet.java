package com.partnershipbot.server;

import com.partnershipbot.metrics.BotMetrics;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** GET /metrics: every meter in Prometheus' text format. */
final class MetricsServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private final transient BotMetrics metrics;

  MetricsServlet(BotMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    response.setStatus(200);
    response.setContentType("text/plain; version=0.0.4");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(metrics.scrape());
  }
}
