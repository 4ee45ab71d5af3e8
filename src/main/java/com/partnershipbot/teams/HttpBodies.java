package com.partnershipbot.teams;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.partnershipbot.answering.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads request bodies with a size cap and writes short JSON responses. */
final class HttpBodies {
  /** Bot Framework activities are a few kilobytes; anything near this is not one. */
  static final int MAX_BODY_BYTES = 256 * 1024;

  private HttpBodies() {}

  /** The raw body, or null when it is larger than {@link #MAX_BODY_BYTES}. */
  static byte[] read(HttpServletRequest request) throws IOException {
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
      return body.length > MAX_BODY_BYTES ? null : body;
    }
  }

  static void error(HttpServletResponse response, int status, String message) throws IOException {
    json(response, status, Json.write(JsonNodeFactory.instance.objectNode().put("error", message)));
  }

  static void json(HttpServletResponse response, int status, String json) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(json);
  }
}
