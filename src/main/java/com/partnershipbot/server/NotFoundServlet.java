package com.partnershipbot.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;

/** Answers every path no route claims with 404, whatever the method (Jetty's default says 405 to a POST). */
final class NotFoundServlet extends HttpServlet {
  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    request.getInputStream().transferTo(OutputStream.nullOutputStream()); // within the body cap; spares the client a reset
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }
}
