package com.partnershipbot.tryit;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** GET the page; with {@code ?q=} the reply and the "why" panel are rendered here, so it works without JavaScript. */
final class PageServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private final transient TryIt tryIt;
  private final transient TryAccess access;

  PageServlet(TryIt tryIt, TryAccess access) {
    this.tryIt = tryIt;
    this.access = access;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (!access.allows(request)) {
      write(response, HttpServletResponse.SC_UNAUTHORIZED, PageHtml.login(request.getHeader("Authorization") != null));
      return;
    }
    String question = request.getParameter("q");
    Optional<AskResult> result = question == null || question.isBlank() ? Optional.empty()
        : Optional.of(tryIt.ask(question.strip()));
    write(response, HttpServletResponse.SC_OK, PageHtml.of(result, tryIt.status()));
  }

  static void write(HttpServletResponse response, int status, String html) throws IOException {
    Headers.secure(response);
    response.setStatus(status);
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(html);
  }
}
