package com.partnershipbot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnershipbot.answering.Json;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A loopback stand-in for Slack's Web API (/api/METHOD) and for response_url (/response/ID). It
 * answers as Slack does, records every call, and can be told to answer the next call to a path
 * with a canned status (a 429 with Retry-After, say).
 */
final class FakeSlackApi implements AutoCloseable {
  static final String BOT_USER_ID = "UBOT0001";
  static final String BOT_ID = "BBOT0001";
  private static final Duration WAIT = Duration.ofSeconds(10);

  /** One request the fake received: its path, form or JSON body, and headers. */
  record Call(String path, Map<String, String> form, JsonNode json, Map<String, String> headers) {
    String method() {
      return path.substring(path.lastIndexOf('/') + 1);
    }

    /** A form field, or a JSON body's top-level field. */
    String field(String name) {
      if (form.containsKey(name)) {
        return form.get(name);
      }
      JsonNode value = json == null ? null : json.get(name);
      return value == null || value.isNull() ? null : value.isTextual() ? value.asText() : value.toString();
    }

    /** The blocks sent, parsed (form field or JSON body). */
    JsonNode blocks() {
      try {
        if (json != null) {
          return json.get("blocks");
        }
        String blocks = form.get("blocks");
        return blocks == null ? null : Json.MAPPER.readTree(blocks);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * A canned answer; {@code hang} &gt; 0 answers only after that long: with 200, the post taken as
   * delivered; with any other status, not taken.
   */
  private record Canned(int status, String retryAfter, String body, Duration hang) {}

  /** A message the fake took (as Slack would show it in the channel): posts answered 200, or left hanging. */
  record Posted(String channel, String threadTs, String ts, String metadata) {}

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Map<String, Queue<Canned>> canned = new ConcurrentHashMap<>();
  private final Map<String, Canned> always = new ConcurrentHashMap<>();
  private final AtomicLong ts = new AtomicLong(1_700_000_000_000_100L);
  private final List<Posted> posted = new CopyOnWriteArrayList<>();
  private volatile String authTestError;
  private volatile String socketModeUrl;
  private volatile boolean moreHistory;

  FakeSlackApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  String apiUrl() {
    return url() + "/api/";
  }

  String responseUrl(String id) {
    return url() + "/response/" + id;
  }

  /** Makes auth.test refuse the token with this error (null: accept it). */
  void refuseToken(String error) {
    authTestError = error;
  }

  /** apps.connections.open answers this WebSocket URL (a {@link FakeSocketMode}'s). */
  void openConnectionsAt(String url) {
    socketModeUrl = url;
  }

  /** The next call to {@code method} (or response_url path) gets this status instead of success. */
  void answerNext(String method, int status, String retryAfter) {
    canned.computeIfAbsent(method, m -> new ConcurrentLinkedQueue<>()).add(canned(status, retryAfter));
  }

  private static Canned canned(int status, String retryAfter) {
    String body = status == 429 ? "{\"ok\":false,\"error\":\"ratelimited\"}" : "{\"ok\":false,\"error\":\"fatal_error\"}";
    return new Canned(status, retryAfter, body, Duration.ZERO);
  }

  /** From now on, every call to {@code method} gets this status (after any answers queued with {@link #answerNext}). */
  void answerAlways(String method, int status, String retryAfter) {
    always.put(method, canned(status, retryAfter));
  }

  /** The next call to {@code method} is taken (a post shows in the channel) but answered only after {@code hang}. */
  void hangNext(String method, Duration hang) {
    canned.computeIfAbsent(method, m -> new ConcurrentLinkedQueue<>()).add(new Canned(200, null, null, hang));
  }

  /** The next call to {@code method} is not taken, and answered (500) only after {@code hang}. */
  void stallNext(String method, Duration hang) {
    canned.computeIfAbsent(method, m -> new ConcurrentLinkedQueue<>())
        .add(new Canned(500, null, "{\"ok\":false,\"error\":\"fatal_error\"}", hang));
  }

  /** From now on, conversations.history and .replies say there are more messages than they returned. */
  void sayThereIsMoreHistory() {
    moreHistory = true;
  }

  /** Every chat.postMessage the fake took, in order: what the channel would show. */
  List<Posted> posted() {
    return List.copyOf(posted);
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  List<Call> calls(String method, Predicate<Call> filter) {
    return calls.stream().filter(c -> c.method().equals(method) || c.path().equals(method)).filter(filter).toList();
  }

  /** Polls until {@code count} matching calls arrived (up to 10 s), then returns them all. */
  List<Call> await(String method, Predicate<Call> filter, int count) throws InterruptedException {
    Instant deadline = Instant.now().plus(WAIT);
    List<Call> found = calls(method, filter);
    while (found.size() < count && Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
      found = calls(method, filter);
    }
    return found;
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Call call = parse(exchange, path, body);
    calls.add(call);
    String method = path.substring(path.lastIndexOf('/') + 1);
    Canned next = cannedFor(path.startsWith("/response/") ? path : method);
    if (next != null && !next.hang().isZero() && next.status() != 200) {
      sleep(next.hang());
      send(exchange, next.status(), next.body());
    } else if (next != null && !next.hang().isZero()) {
      String answer = success(method, call);
      sleep(next.hang());
      send(exchange, 200, answer);
    } else if (next != null) {
      if (next.retryAfter() != null) {
        exchange.getResponseHeaders().add("Retry-After", next.retryAfter());
      }
      send(exchange, next.status(), next.body());
    } else if (path.startsWith("/response/")) {
      send(exchange, 200, "ok");
    } else {
      send(exchange, 200, success(method, call));
    }
  }

  private Canned cannedFor(String key) {
    Queue<Canned> queue = canned.get(key);
    Canned next = queue == null ? null : queue.poll();
    return next != null ? next : always.get(key);
  }

  private static void sleep(Duration hang) {
    try {
      Thread.sleep(hang.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** conversations.history and .replies: the messages taken in that channel (and thread), with their metadata. */
  private String readBack(Call call) {
    String channel = call.field("channel");
    String thread = call.method().equals("conversations.replies") ? call.field("ts") : null;
    com.fasterxml.jackson.databind.node.ObjectNode body = Json.MAPPER.createObjectNode().put("ok", true)
        .put("has_more", moreHistory);
    com.fasterxml.jackson.databind.node.ArrayNode messages = body.putArray("messages");
    for (Posted post : posted) {
      if (post.channel().equals(channel) && (thread == null || thread.equals(post.threadTs()))) {
        com.fasterxml.jackson.databind.node.ObjectNode message = messages.addObject().put("type", "message")
            .put("ts", post.ts()).put("bot_id", BOT_ID).put("user", BOT_USER_ID);
        if (post.metadata() != null) {
          try {
            message.set("metadata", Json.MAPPER.readTree(post.metadata()));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }
    return Json.write(body);
  }

  private String success(String method, Call call) {
    if (method.equals("conversations.history") || method.equals("conversations.replies")) {
      return readBack(call);
    }
    if (method.equals("apps.connections.open")) {
      return socketModeUrl == null ? "{\"ok\":false,\"error\":\"not_allowed_token_type\"}"
          : "{\"ok\":true,\"url\":\"" + socketModeUrl + "\"}";
    }
    if (method.equals("auth.test")) {
      return authTestError != null ? "{\"ok\":false,\"error\":\"" + authTestError + "\"}"
          : "{\"ok\":true,\"url\":\"https://example.slack.com/\",\"team\":\"Example\",\"user\":\"partnershipbot\","
          + "\"team_id\":\"T0001\",\"user_id\":\"" + BOT_USER_ID + "\",\"bot_id\":\"" + BOT_ID + "\"}";
    }
    String ts = String.valueOf(this.ts.incrementAndGet());
    String messageTs = ts.substring(0, 10) + "." + ts.substring(10);
    if (method.equals("chat.postMessage")) {
      posted.add(new Posted(call.field("channel"), call.field("thread_ts"), messageTs, call.field("metadata")));
    }
    return "{\"ok\":true,\"channel\":\"C0001\",\"ts\":\"" + messageTs + "\"}";
  }

  private static Call parse(HttpExchange exchange, String path, String body) {
    Map<String, String> headers = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
    String type = headers.getOrDefault("content-type", "");
    if (type.startsWith("application/json")) {
      try {
        return new Call(path, Map.of(), Json.MAPPER.readTree(body), headers);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new Call(path, form(body), null, headers);
  }

  private static Map<String, String> form(String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return fields;
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", body.startsWith("{") ? "application/json; charset=utf-8" : "text/plain");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
