package com.partnershipbot.server;

import com.partnershipbot.answering.LiveConfig;
import com.partnershipbot.answering.ReloadResult;
import com.partnershipbot.knowledge.Knowledge;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** GET /healthz: 200 with the config version being served and how the last reload went. */
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
    body.put("lastReload", lastReload(config.lastReload()));
    Responses.json(response, 200, body);
  }

  private static Map<String, Object> lastReload(ReloadResult result) {
    Map<String, Object> reload = new LinkedHashMap<>();
    reload.put("at", result.at().toString());
    reload.put("requestedBy", result.requestedBy());
    reload.put("result", result.status().name().toLowerCase(Locale.ROOT));
    reload.put("errors", result.errors().size());
    return reload;
  }
}
