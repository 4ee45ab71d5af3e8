package com.partnershipbot.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/** GET /healthz while the bot is still loading: the process is alive, nothing more to say yet. */
final class LiveServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Responses.json(response, 200, Map.of("status", "starting"));
  }
}
