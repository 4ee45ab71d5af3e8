package com.partnershipbot.teams;

import com.partnershipbot.testing.ServeEnv;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnershipbot.answering.Json;
import com.partnershipbot.env.Env;
import com.partnershipbot.server.Application;
import com.partnershipbot.testing.LogCapture;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seeded fuzzing of every endpoint of a running bot (Slack, Teams messages, Teams webhook, health,
 * metrics, unknown paths): valid requests mutated field by field (wrong types, control characters,
 * truncation, huge values, odd charsets and methods), half of them correctly signed. Each status
 * is counted; anything 5xx and any log line with a stack trace or a line break is kept as a finding.
 */
public final class EndpointFuzz implements AutoCloseable {
  private static final Path CONFIG = Path.of("src/test/resources/configs/valid");
  private static final String SLACK_SECRET = "fuzz-signing-secret-0123456789abcdef";
  private static final byte[] WEBHOOK_KEY = "a webhook security token".getBytes(StandardCharsets.UTF_8);
  private static final String[] PATHS = {"/slack/events", "/slack/events", "/slack/events", "/api/messages",
      "/api/messages", "/api/teams-webhook", "/api/teams-webhook", "/healthz", "/metrics", "/api/ask", "/x/../slack/events",
      "/%2e%2e/etc", "/slack/events/extra"};
  private static final String[] METHODS = {"POST", "POST", "POST", "POST", "POST", "POST", "GET", "PUT", "DELETE",
      "OPTIONS", "PATCH", "BREW"};
  private static final String[] TYPES = {"application/json", "application/json; charset=utf-8",
      "application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=UTF-8", "text/plain",
      "application/json; charset=bogus-cs", "application/json; charset=ISO-8859-1", "multipart/form-data",
      "application/x-www-form-urlencoded; charset=\"utf-16\"", ""};

  /** What a run found. */
  public record Result(int requests, Map<Integer, Integer> statuses, List<String> serverErrors, List<String> noise,
      List<String> failures, long millis) {
    public boolean clean() {
      return serverErrors.isEmpty() && noise.isEmpty();
    }
  }

  private final FakeMicrosoft microsoft;
  private final HttpServer slackApi;
  private final Application app;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private int staleConnections;

  public EndpointFuzz(Path dataDir) throws Exception {
    microsoft = new FakeMicrosoft();
    slackApi = okSlackApi();
    Map<String, String> env = new HashMap<>(Map.of("PORT", "0", "TEAMS_APP_ID", BotFrameworkTokens.APP_ID,
        "TEAMS_APP_PASSWORD", "app-password-from-azure", "TEAMS_TENANT_ID", "tenant-1",
        "TEAMS_OPENID_METADATA_URL", microsoft.openIdUrl(), "TEAMS_TOKEN_URL", microsoft.tokenUrlTemplate()));
    env.put("BOT_CONFIG_DIR", CONFIG.toString());
    env.put("DATA_DIR", dataDir.toString());
    env.put("SLACK_BOT_TOKEN", "xoxb-0000000000-fuzz-bot-token");
    env.put("SLACK_SIGNING_SECRET", SLACK_SECRET);
    env.put("SLACK_API_URL", "http://127.0.0.1:" + slackApi.getAddress().getPort() + "/api/");
    env.put("TEAMS_WEBHOOK_SECRET", Base64.getEncoder().encodeToString(WEBHOOK_KEY));
    app = ServeEnv.in(dataDir, CONFIG).withAll(env).start();
  }

  /** Sends {@code requests} requests chosen by {@code seed}, one after another. */
  public Result run(long seed, int requests) throws Exception {
    Random random = new Random(seed);
    Map<Integer, Integer> statuses = new TreeMap<>();
    List<String> serverErrors = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    long start = System.nanoTime();
    try (LogCapture log = LogCapture.open()) {
      for (int i = 0; i < requests; i++) {
        HttpRequest request = request(random, i);
        int status;
        try {
          HttpResponse<String> response = send(request);
          status = response.statusCode();
          if (status >= 500 && status != 501) { // 501: a method HTTP servlets do not know (BREW, PATCH), as documented
            serverErrors.add(request.method() + " " + request.uri().getPath() + " -> " + status + " " + response.body());
          }
        } catch (IOException e) {
          status = -1;
          failures.add(request.method() + " " + request.uri().getPath() + " " + request.headers().map() + ": " + e);
        }
        statuses.merge(status, 1, Integer::sum);
      }
      List<String> noise = log.noise().stream().map(line -> line.length() > 300 ? line.substring(0, 300) + "…" : line)
          .toList();
      return new Result(requests, statuses, serverErrors, noise, failures, (System.nanoTime() - start) / 1_000_000);
    }
  }

  /**
   * Sends once, and again on a fresh connection (twice at most) when a kept-alive one turns out
   * closed (the server closes a connection whose request body it did not read; the client may
   * already have picked that connection for the next request).
   */
  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException stale) {
      staleConnections++;
      try {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException reset) {
        // On a busy machine the server's answer to an unread body can race the reset of the
        // connection it closes; a third, fresh try tells that race from a server that never answers.
        staleConnections++;
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      }
    }
  }

  /** Requests sent again because the kept-alive connection the client picked had been closed. */
  public int staleConnections() {
    return staleConnections;
  }

  @Override
  public void close() throws Exception {
    app.close();
    slackApi.stop(0);
    microsoft.close();
  }

  private HttpRequest request(Random random, int index) {
    String path = pick(random, PATHS);
    String method = pick(random, METHODS);
    String type = pick(random, TYPES);
    boolean signed = random.nextBoolean();
    byte[] body = body(random, path, index);
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
        .timeout(Duration.ofSeconds(30))
        .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    if (!type.isEmpty()) {
      request.header("Content-Type", type);
    }
    if (path.startsWith("/slack")) {
      String timestamp = String.valueOf(System.currentTimeMillis() / 1000 - (random.nextInt(10) == 0 ? 600 : 0));
      request.header("X-Slack-Request-Timestamp", random.nextInt(20) == 0 ? "nan" : timestamp);
      request.header("X-Slack-Signature", signed ? slackSignature(timestamp, body) : "v0=" + "0".repeat(64));
      if (random.nextInt(10) == 0) {
        request.header("X-Slack-Retry-Num", String.valueOf(random.nextInt(4)));
      }
    } else if (path.equals("/api/messages")) {
      request.header("Authorization", signed ? "Bearer " + validToken() : "Bearer " + brokenToken(random));
    } else if (path.equals("/api/teams-webhook")) {
      request.header("Authorization", signed ? "HMAC " + hmac(body) : "HMAC " + Base64.getEncoder().encodeToString(
          new byte[] {(byte) random.nextInt()}));
    }
    return request.build();
  }

  private byte[] body(Random random, String path, int index) {
    if (random.nextInt(25) == 0) {
      byte[] noise = new byte[random.nextInt(2_000)];
      random.nextBytes(noise);
      return noise;
    }
    String text;
    if (path.startsWith("/slack")) {
      text = slackBody(random, index);
    } else if (path.startsWith("/api/")) {
      ObjectNode activity = Activities.personalMessage(microsoft.serviceUrl(), "fuzz-" + index, "is azure exclusive?");
      mutate(random, activity, 1 + random.nextInt(3));
      text = Json.write(activity);
    } else {
      text = "";
    }
    if (random.nextInt(15) == 0) {
      text = text.substring(0, random.nextInt(text.length() + 1));
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private String slackBody(Random random, int index) {
    switch (random.nextInt(4)) {
      case 0 -> {
        ObjectNode command = JsonNodeFactory.instance.objectNode().put("command", "/partnership")
            .put("text", junkText(random)).put("user_id", "U0FUZZ").put("channel_id", "C0FUZZ").put("team_id", "T0001")
            .put("response_url", "http://127.0.0.1:" + slackApi.getAddress().getPort() + "/response/" + index)
            .put("trigger_id", "1.2.3");
        mutate(random, command, random.nextInt(3));
        StringBuilder form = new StringBuilder();
        command.fields().forEachRemaining(field -> form.append(form.length() == 0 ? "" : "&").append(field.getKey())
            .append('=').append(URLEncoder.encode(field.getValue().isTextual() ? field.getValue().asText()
                : field.getValue().toString(), StandardCharsets.UTF_8)));
        return form.toString();
      }
      case 1 -> {
        ObjectNode click = Json.MAPPER.createObjectNode().put("type", "block_actions").put("api_app_id", "A0001")
            .put("response_url", "http://127.0.0.1:" + slackApi.getAddress().getPort() + "/response/" + index);
        click.putObject("team").put("id", "T0001");
        click.putObject("user").put("id", "U0FUZZ").put("team_id", "T0001");
        click.putObject("container").put("type", "message").put("channel_id", "C0FUZZ").put("is_ephemeral", true);
        click.putArray("actions").addObject().put("type", "button")
            .put("action_id", pick(random, new String[] {"topic:azure", "feedback:helpful", "unknown", "topic:"}))
            .put("block_id", "choices").put("value", pick(random, new String[] {"azure", "compute", "gone", ""}));
        mutate(random, click, random.nextInt(4));
        return "payload=" + URLEncoder.encode(Json.write(click), StandardCharsets.UTF_8);
      }
      case 2 -> {
        ObjectNode verification = Json.MAPPER.createObjectNode().put("type", "url_verification")
            .put("challenge", junkText(random)).put("token", "t");
        mutate(random, verification, random.nextInt(2));
        return Json.write(verification);
      }
      default -> {
        ObjectNode callback = Json.MAPPER.createObjectNode().put("type", "event_callback").put("team_id", "T0001")
            .put("api_app_id", "A0001").put("event_id", "Ev-fuzz-" + index).put("event_time", 1_700_000_000);
        callback.putObject("event").put("type", pick(random, new String[] {"app_mention", "message", "app_home_opened",
            "reaction_added"})).put("user", "U0FUZZ").put("text", junkText(random)).put("ts", "1700000000." + index)
            .put("channel", "C0FUZZ").put("channel_type", "im").put("tab", "home");
        callback.putArray("authorizations").addObject().put("team_id", "T0001").put("user_id", "UBOT").put("is_bot", true);
        mutate(random, callback, random.nextInt(4));
        return Json.write(callback);
      }
    }
  }

  /** Replaces a few values, anywhere in the tree, with a value of another type or a hostile string. */
  private static void mutate(Random random, ObjectNode root, int times) {
    for (int i = 0; i < times; i++) {
      List<ObjectNode> objects = new ArrayList<>();
      collect(root, objects);
      ObjectNode target = objects.get(random.nextInt(objects.size()));
      List<String> names = new ArrayList<>();
      target.fieldNames().forEachRemaining(names::add);
      if (names.isEmpty()) {
        continue;
      }
      String name = names.get(random.nextInt(names.size()));
      switch (random.nextInt(9)) {
        case 0 -> target.remove(name);
        case 1 -> target.putNull(name);
        case 2 -> target.put(name, random.nextLong());
        case 3 -> target.put(name, random.nextBoolean());
        case 4 -> target.putArray(name).add(1).add("x").addObject();
        case 5 -> target.putObject(name).put("k", "v");
        case 6 -> target.put(name, junkText(random));
        case 7 -> target.put(name, "x".repeat(random.nextInt(100_000)));
        default -> target.put(name, "line one\r\nERROR forged\u0000\u001b[31m\u2028end");
      }
    }
  }

  private static void collect(JsonNode node, List<ObjectNode> objects) {
    if (node instanceof ObjectNode object) {
      objects.add(object);
    }
    Iterator<JsonNode> children = node instanceof ArrayNode array ? array.elements() : node.elements();
    children.forEachRemaining(child -> collect(child, objects));
  }

  private static String junkText(Random random) {
    String[] pieces = {"is azure still exclusive?", "admin reload", "help", "é• ünïcødé", "\n\r\t", "<@UBOT>",
        "<!channel>", "%00%0a", "${jndi:ldap://x}", "\u202e\u0000", "'; DROP TABLE questions; --", ""};
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(4); i >= 0; i--) {
      text.append(pick(random, pieces)).append(' ');
    }
    return text.toString();
  }

  private String validToken() {
    return BotFrameworkTokens.sign(FakeMicrosoft.TEAMS_KEY, BotFrameworkTokens.claims(microsoft.serviceUrl()).build());
  }

  private static String brokenToken(Random random) {
    String[] headers = {"null", "{}", "[]", "{\"alg\":1}", "{\"alg\":\"RS256\"}", "{\"alg\":\"RS256\",\"kid\":\"key-teams\"}",
        "not json", "{\"alg\":\"none\"}"};
    String header = Base64.getUrlEncoder().withoutPadding().encodeToString(pick(random, headers)
        .getBytes(StandardCharsets.UTF_8));
    return random.nextInt(5) == 0 ? "x".repeat(random.nextInt(50)) : header + ".e30." + (random.nextBoolean() ? "e30" : "");
  }

  private String slackSignature(String timestamp, byte[] body) {
    byte[] base = ("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8);
    byte[] signed = new byte[base.length + body.length];
    System.arraycopy(base, 0, signed, 0, base.length);
    System.arraycopy(body, 0, signed, base.length, body.length);
    return "v0=" + HexFormat.of().formatHex(mac(SLACK_SECRET.getBytes(StandardCharsets.UTF_8), signed));
  }

  private static String hmac(byte[] body) {
    return Base64.getEncoder().encodeToString(mac(WEBHOOK_KEY, body));
  }

  private static byte[] mac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T pick(Random random, T[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  /** Slack's Web API as far as the bot needs it here: auth.test says who the bot is, everything else succeeds. */
  private static HttpServer okSlackApi() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      String body = exchange.getRequestURI().getPath().endsWith("auth.test")
          ? "{\"ok\":true,\"team\":\"Example\",\"user\":\"bot\",\"team_id\":\"T0001\",\"user_id\":\"UBOT\",\"bot_id\":\"B1\"}"
          : "{\"ok\":true,\"ts\":\"1700000000.000100\",\"channel\":\"C0FUZZ\"}";
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
    return server;
  }
}
