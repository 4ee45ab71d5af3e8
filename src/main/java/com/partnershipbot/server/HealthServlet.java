package com.partnershipbot.server;

import com.partnershipbot.answering.LiveConfig;
import com.partnershipbot.knowledge.Knowledge;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** GET /healthz: 200 with the config version being served. */
final class HealthServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private final transient LiveConfig config;

  HealthServlet(LiveConfig config) {
    this.config = config;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Knowledge knowledge = config.get().knowledge();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("configVersion", knowledge.version());
    body.put("configLoadedAt", knowledge.loadedAt().toString());
    body.put("entries", knowledge.entries().size());
    Responses.json(response, 200, body);
  }
}
