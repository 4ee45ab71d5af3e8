package com.partnershipbot.tryit;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** The page's script and style sheet, from the jar; nothing else is served from here. */
final class StaticServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Map<String, String> FILES = Map.of(
      "/app.js", "text/javascript;charset=utf-8",
      "/style.css", "text/css;charset=utf-8");
  private final transient TryAccess access;

  StaticServlet(TryAccess access) {
    this.access = access;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String name = request.getPathInfo();
    String type = name == null ? null : FILES.get(name);
    Headers.secure(response);
    if (!access.allows(request) || type == null) {
      response.sendError(access.allows(request) ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    try (InputStream file = StaticServlet.class.getResourceAsStream("/tryit" + name)) {
      if (file == null) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      response.setContentType(type);
      response.setHeader("Cache-Control", "no-cache");
      file.transferTo(response.getOutputStream());
    }
  }
}
