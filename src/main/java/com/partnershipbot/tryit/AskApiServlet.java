package com.partnershipbot.tryit;

import com.partnershipbot.answering.Json;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** GET /api/ask?q=...: the {@link AskResult} as JSON, behind the same token as the page. */
final class AskApiServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private final transient TryIt tryIt;
  private final transient TryAccess access;

  AskApiServlet(TryIt tryIt, TryAccess access) {
    this.tryIt = tryIt;
    this.access = access;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (!access.allows(request)) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"try-it\"");
      json(response, HttpServletResponse.SC_UNAUTHORIZED,
          Map.of("error", "send TRY_PAGE_TOKEN as 'Authorization: Bearer <token>' or sign in at /try"));
      return;
    }
    String question = request.getParameter("q");
    if (question == null || question.isBlank()) {
      json(response, HttpServletResponse.SC_BAD_REQUEST, Map.of("error", "add the question as ?q=..."));
      return;
    }
    json(response, HttpServletResponse.SC_OK, tryIt.ask(question.strip()));
  }

  private static void json(HttpServletResponse response, int status, Object body) throws IOException {
    Headers.secure(response);
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(Json.write(body));
  }
}
