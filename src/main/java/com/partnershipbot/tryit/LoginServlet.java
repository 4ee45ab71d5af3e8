package com.partnershipbot.tryit;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** POST /try/login: the right token sets the session cookie and goes to the page; a wrong one gets 401 and the form. */
final class LoginServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private final transient TryAccess access;

  LoginServlet(TryAccess access) {
    this.access = access;
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (access.open()) {
      response.sendRedirect("/try");
      return;
    }
    if (!access.matches(request.getParameter("token"))) {
      PageServlet.write(response, HttpServletResponse.SC_UNAUTHORIZED, PageHtml.login(true));
      return;
    }
    Headers.secure(response);
    response.addCookie(access.sessionCookie(request));
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", "/try");
  }
}
