package com.partnershipbot.server;

import com.partnershipbot.answering.LogText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses, before any servlet reads a byte, a request body the bot would not read anyway: a
 * declared charset Java does not know (415) and a body over {@link #MAX_BODY_BYTES} (413, from
 * Content-Length at once, or while reading a chunked body). Signed or not: the signature check
 * comes later. One log line per refusal, caller text escaped.
 */
final class RequestBounds extends Handler.Wrapper {
  /** Slack and Teams payloads are a few kilobytes; a block_actions payload with a full 50-block message stays well under. */
  static final long MAX_BODY_BYTES = 512 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(RequestBounds.class);

  RequestBounds(Handler handler) {
    SizeLimitHandler whileReading = new SizeLimitHandler(MAX_BODY_BYTES, -1);
    whileReading.setHandler(handler);
    setHandler(whileReading);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String charset = charset(request);
    if (charset != null && !isKnown(charset)) {
      discardDeclaredBody(request);
      return refuse(request, response, callback, 415, "unsupported charset",
          "unknown charset '" + LogText.of(charset) + "'");
    }
    long length = request.getLength();
    if (length > MAX_BODY_BYTES) {
      return refuse(request, response, callback, 413, "request body too large",
          "a body of " + length + " bytes (the limit is " + MAX_BODY_BYTES + ")");
    }
    return super.handle(request, response, callback);
  }

  /**
   * Reads and drops a body of declared length (already known to be within the cap), so the client
   * gets the refusal instead of a connection reset while it is still sending.
   */
  private static void discardDeclaredBody(Request request) throws IOException {
    if (request.getLength() > 0) {
      Content.Source.consumeAll(request);
    }
  }

  private static String charset(Request request) {
    if (HttpMethod.GET.is(request.getMethod()) || HttpMethod.HEAD.is(request.getMethod())) {
      return null;
    }
    HttpField type = request.getHeaders().getField(HttpHeader.CONTENT_TYPE);
    return type == null ? null : MimeTypes.getCharsetFromContentType(type.getValue());
  }

  private static boolean isKnown(String charset) {
    try {
      return Charset.isSupported(charset);
    } catch (IllegalCharsetNameException e) {
      return false;
    }
  }

  private static boolean refuse(Request request, Response response, Callback callback, int status, String error,
      String why) {
    LOG.info("Refused {} {} ({}): {}", LogText.of(request.getMethod()), LogText.of(request.getHttpURI().getPath()),
        status, why);
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    String body = "{\"error\":\"" + error + "\"}";
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    return true;
  }
}
