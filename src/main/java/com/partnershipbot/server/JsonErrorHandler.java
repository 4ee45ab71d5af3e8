package com.partnershipbot.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/** Error pages as a short JSON body, never a stack trace or Jetty's HTML. */
final class JsonErrorHandler extends ErrorHandler {
  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    int status = response.getStatus();
    String reason = reason(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    String body = "{\"error\":\"" + reason + "\"}";
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    return true;
  }

  private static String reason(int status) {
    return switch (status) {
      case 404 -> "not found";
      case 405 -> "method not allowed";
      case 413 -> "request body too large";
      case 414 -> "URI too long";
      case 415 -> "unsupported media type";
      case 431 -> "request headers too large";
      case 501 -> "method not implemented";
      case 505 -> "HTTP version not supported";
      default -> status >= 500 ? "internal error" : "bad request";
    };
  }
}
