package com.partnershipbot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnershipbot.answering.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A loopback stand-in for Slack's Socket Mode server: greets each connection with {@code hello},
 * sends the envelopes a test gives it to the open connection, records what the app sends back
 * (acknowledgements by envelope_id), and can drop the connection as a network fault would.
 */
final class FakeSocketMode implements AutoCloseable {
  private final Server server = new Server();
  private final CountDownLatch started = new CountDownLatch(1);
  private final List<JsonNode> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger connections = new AtomicInteger();

  FakeSocketMode() throws InterruptedException {
    server.setReuseAddr(true);
    server.start();
    if (!started.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the Socket Mode stand-in did not start");
    }
  }

  /** What apps.connections.open hands out. */
  String url() {
    return "ws://127.0.0.1:" + server.getPort() + "/link/?ticket=fake";
  }

  /** Connections opened so far (a reconnect makes a second). */
  int connectionsOpened() {
    return connections.get();
  }

  boolean connected() {
    return server.getConnections().stream().anyMatch(WebSocket::isOpen);
  }

  /** An events_api envelope around an Events API callback body. */
  void sendEvent(String envelopeId, String callbackJson) {
    send(envelope(envelopeId, "events_api", callbackJson, false));
  }

  /** A slash_commands envelope; Slack accepts a reply in the acknowledgement's payload. */
  void sendSlashCommand(String envelopeId, ObjectNode command) {
    send(envelope(envelopeId, "slash_commands", Json.write(command), true));
  }

  /** Every message the app sent, parsed. */
  List<JsonNode> received() {
    return List.copyOf(received);
  }

  /** The app's acknowledgement of {@code envelopeId}, or null while there is none. */
  JsonNode ackOf(String envelopeId) {
    return received.stream().filter(m -> envelopeId.equals(m.path("envelope_id").asText(null))).findFirst()
        .orElse(null);
  }

  /** Cuts every open connection without a close handshake, as a lost network does. */
  void dropConnections() {
    server.getConnections().forEach(c -> c.closeConnection(CloseFrame.ABNORMAL_CLOSE, "dropped"));
  }

  @Override
  public void close() throws InterruptedException {
    server.stop(1_000);
  }

  private void send(String message) {
    List<WebSocket> open = server.getConnections().stream().filter(WebSocket::isOpen).toList();
    if (open.isEmpty()) {
      throw new IllegalStateException("no app is connected to the Socket Mode stand-in");
    }
    open.forEach(c -> c.send(message));
  }

  private static String envelope(String envelopeId, String type, String payloadJson, boolean acceptsResponse) {
    try {
      ObjectNode envelope = Json.MAPPER.createObjectNode().put("envelope_id", envelopeId).put("type", type)
          .put("accepts_response_payload", acceptsResponse).put("retry_attempt", 0).put("retry_reason", "");
      envelope.set("payload", Json.MAPPER.readTree(payloadJson));
      return Json.write(envelope);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The WebSocket server itself. */
  private final class Server extends WebSocketServer {
    Server() {
      super(new InetSocketAddress("127.0.0.1", 0));
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
      connections.incrementAndGet();
      connection.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\","
          + "\"approximate_connection_time\":18060},\"connection_info\":{\"app_id\":\"A0001\"}}");
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
      // the app reconnects through apps.connections.open
    }

    @Override
    public void onMessage(WebSocket connection, String message) {
      try {
        received.add(Json.MAPPER.readTree(message));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void onError(WebSocket connection, Exception e) {
      // a dropped connection reports here; the test looks at connections, not errors
    }

    @Override
    public void onStart() {
      started.countDown();
    }
  }
}
