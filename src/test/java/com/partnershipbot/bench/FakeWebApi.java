package com.partnershipbot.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * A loopback stand-in for Slack's Web API: every method answers ok (auth.test with the bot's ids),
 * and each chat.postMessage is counted under its channel and thread, so a run can tell replies
 * posted once from replies lost or posted twice.
 */
final class FakeWebApi implements AutoCloseable {
  static final String BOT_USER_ID = "UBENCH";
  private static final byte[] OK = ("{\"ok\":true,\"url\":\"https://example.slack.com/\",\"team\":\"Example\","
      + "\"user\":\"bench\",\"team_id\":\"T0001\",\"user_id\":\"" + BOT_USER_ID + "\",\"bot_id\":\"BBENCH\","
      + "\"channel\":\"C0BENCH\",\"ts\":\"1800000000.000001\",\"messages\":[]}").getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final Map<String, AtomicInteger> postsByThread = new ConcurrentHashMap<>();
  private final LongAdder posts = new LongAdder();

  FakeWebApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/", this::answer);
    server.setExecutor(threads);
    server.start();
  }

  /** The key a reply is counted under: its channel and the ts of the message it answers. */
  static String thread(String channel, String ts) {
    return channel + "/" + ts;
  }

  /** The base URL to give the bot as SLACK_API_URL. */
  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
  }

  /** chat.postMessage calls so far, of any kind. */
  long posts() {
    return posts.sum();
  }

  /** How many times a reply was posted in this thread. */
  int postsIn(String thread) {
    AtomicInteger count = postsByThread.get(thread);
    return count == null ? 0 : count.get();
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] request = exchange.getRequestBody().readAllBytes();
      if (exchange.getRequestURI().getPath().endsWith("/chat.postMessage")) {
        countPost(new String(request, StandardCharsets.UTF_8));
      }
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, OK.length);
      exchange.getResponseBody().write(OK);
    }
  }

  private void countPost(String form) {
    posts.increment();
    Map<String, String> fields = new HashMap<>();
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        fields.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    String key = thread(fields.getOrDefault("channel", "?"), fields.getOrDefault("thread_ts", "-"));
    postsByThread.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
