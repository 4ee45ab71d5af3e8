package com.partnershipbot.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/** GET /readyz: 200 while the instance serves, 503 while it starts or drains (for load balancers). */
final class ReadyServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private final transient Readiness readiness;

  ReadyServlet(Readiness readiness) {
    this.readiness = readiness;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String status = readiness.state().name().toLowerCase(Locale.ROOT);
    Responses.json(response, readiness.ready() ? 200 : 503, Map.of("status", status));
  }
}
