package com.partnershipbot.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.testing.LogCapture;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Raw HTTP at the server's edge: slow headers are cut off, odd methods and versions get a short JSON answer. */
class BoundsTest {
  private static final Duration HEADER_DEADLINE = Duration.ofSeconds(1);
  private Server server;
  private LogCapture log;

  @BeforeEach
  void start() throws Exception {
    server = BotServer.newServer(0, List.of(new Route("/echo", new Echo())), HEADER_DEADLINE);
    server.start();
    log = LogCapture.open();
  }

  @AfterEach
  void stop() throws Exception {
    log.close();
    server.stop();
  }

  @Test
  void aConnectionSendingItsHeadersAByteAtATimeIsClosedAtTheDeadline() throws Exception {
    try (Socket socket = connect()) {
      OutputStream out = socket.getOutputStream();
      out.write("POST /echo HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
      long started = System.nanoTime();
      boolean closed = false;
      for (int i = 0; i < 60 && !closed; i++) {
        try {
          out.write('a');
          out.flush();
          Thread.sleep(100);
          closed = isClosed(socket);
        } catch (IOException e) {
          closed = true;
        }
      }
      assertThat(closed).as("closed by the server").isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }
    assertThat(log.lines()).anyMatch(line -> line.contains("its request headers took longer than"));
  }

  @Test
  void anIdleConnectionIsLeftToTheIdleTimeout() throws Exception {
    try (Socket socket = connect()) {
      Thread.sleep(HEADER_DEADLINE.multipliedBy(3).toMillis());
      String response = exchange(socket, "GET /echo HTTP/1.1\r\nHost: x\r\n\r\n");
      assertThat(response).startsWith("HTTP/1.1 200");
    }
  }

  @Test
  void anUnknownMethodGets501WithAShortBody() throws Exception {
    String response = exchange("BREW /echo HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

    assertThat(response).startsWith("HTTP/1.1 501").endsWith("{\"error\":\"method not implemented\"}");
    assertThat(log.noise()).isEmpty();
  }

  @Test
  void anUnknownHttpVersionGets505WithAShortBody() throws Exception {
    String response = exchange("GET /echo HTTP/9.9\r\nHost: x\r\n\r\n");

    assertThat(response).startsWith("HTTP/1.1 505").contains("{\"error\":\"HTTP version not supported\"}");
    assertThat(log.noise()).isEmpty();
  }

  @Test
  void aDeclaredBodyOverTheCapIsRefusedWithoutReadingIt() throws Exception {
    String response = exchange("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: "
        + (RequestBounds.MAX_BODY_BYTES + 1) + "\r\n\r\nabc");

    assertThat(response).startsWith("HTTP/1.1 413").endsWith("{\"error\":\"request body too large\"}");
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), BotServer.port(server));
    socket.setSoTimeout(5_000);
    return socket;
  }

  private String exchange(String request) throws IOException {
    try (Socket socket = connect()) {
      return exchange(socket, request);
    }
  }

  private static String exchange(Socket socket, String request) throws IOException {
    socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
    StringBuilder response = new StringBuilder();
    InputStream in = socket.getInputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        response.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        if (response.toString().contains("\r\n\r\n") && bodyComplete(response.toString())) {
          break;
        }
      }
    } catch (SocketTimeoutException e) {
      // whatever arrived is the answer
    }
    return response.toString().strip();
  }

  private static boolean bodyComplete(String response) {
    int headerEnd = response.indexOf("\r\n\r\n");
    String headers = response.substring(0, headerEnd).toLowerCase();
    int at = headers.indexOf("content-length: ");
    if (at < 0) {
      return false;
    }
    int length = Integer.parseInt(headers.substring(at + 16).split("\r\n")[0].strip());
    return response.length() - headerEnd - 4 >= length;
  }

  private static boolean isClosed(Socket socket) throws IOException {
    socket.setSoTimeout(1);
    try {
      return socket.getInputStream().read() < 0;
    } catch (SocketTimeoutException e) {
      return false;
    } finally {
      socket.setSoTimeout(5_000);
    }
  }

  /** Answers GET and POST with 200 and the body it read. */
  private static final class Echo extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
      response.setContentType("text/plain");
      response.getWriter().write("ok");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
      response.setContentType("text/plain");
      response.getOutputStream().write(request.getInputStream().readAllBytes());
    }
  }
}
