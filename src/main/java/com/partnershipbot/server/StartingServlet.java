package com.partnershipbot.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/** Every path but the probes while the bot loads: 503 with Retry-After, so nothing is answered half-loaded. */
final class StartingServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    request.getInputStream().transferTo(OutputStream.nullOutputStream());
    response.setHeader("Retry-After", "5");
    Responses.json(response, 503, Map.of("error", "starting: the config and the sentence encoder are still loading"));
  }
}
