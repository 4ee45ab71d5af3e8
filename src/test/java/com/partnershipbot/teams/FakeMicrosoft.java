package com.partnershipbot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.partnershipbot.answering.Json;
import com.partnershipbot.testing.ServeEnv;
import com.partnershipbot.testing.TestConfig;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Microsoft's side of the Bot Framework on 127.0.0.1: OpenID metadata and a key set (RSA keys made
 * here, with endorsements), the Entra ID token endpoint (counting calls) and the Bot Connector
 * (recording every activity posted).
 */
final class FakeMicrosoft implements AutoCloseable {
  static final String ACCESS_TOKEN = "fake-connector-access-token";
  static final Duration WAIT = Duration.ofSeconds(10);

  /** Generated once per test run (RSA key generation is slow) and shared by every fake. */
  static final RSAKey TEAMS_KEY = generate("key-teams");
  static final RSAKey WEBCHAT_ONLY_KEY = generate("key-webchat-only");

  final AtomicInteger metadataRequests = new AtomicInteger();
  final AtomicInteger tokenRequests = new AtomicInteger();
  final List<String> tokenForms = new CopyOnWriteArrayList<>();
  final List<Post> posts = new CopyOnWriteArrayList<>();
  private volatile List<RSAKey> listedKeys = List.of(TEAMS_KEY, WEBCHAT_ONLY_KEY);
  private volatile long tokenLifetimeSeconds = 3599;
  private final HttpServer server;
  private final java.util.Queue<int[]> cannedPosts = new java.util.concurrent.ConcurrentLinkedQueue<>();
  final AtomicInteger postAttempts = new AtomicInteger();
  private volatile int[] everyPost;

  /** One activity the bot sent to the connector: POST a new one or a reply, PUT an update. */
  record Post(String rawPath, String authorization, JsonNode body, String method) {
    String replyToId() {
      return body.path("replyToId").asText(null);
    }

    boolean isUpdate() {
      return "PUT".equals(method);
    }

    /** A message the bot started (a welcome, an admin notice): posted to the conversation, replying to nothing. */
    boolean isNewMessage() {
      return "POST".equals(method) && rawPath.endsWith("/activities") && replyToId() == null;
    }
  }

  FakeMicrosoft() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/openid", this::metadata);
    server.createContext("/keys", this::keys);
    server.createContext("/tenant-1/oauth2/v2.0/token", this::token);
    server.createContext("/amer/v3/conversations/", this::connector);
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The environment of a bot that answers the small fixture FAQ in Teams, knows Microsoft only through this fake and keeps its data in folder. */
  ServeEnv teamsEnv(Path folder) {
    return ServeEnv.in(folder, TestConfig.FAQ)
        .with("TEAMS_APP_ID", BotFrameworkTokens.APP_ID)
        .with("TEAMS_APP_PASSWORD", "app-password-from-azure")
        .with("TEAMS_TENANT_ID", "tenant-1")
        .with("TEAMS_OPENID_METADATA_URL", openIdUrl())
        .with("TEAMS_TOKEN_URL", tokenUrlTemplate());
  }

  String openIdUrl() {
    return base() + "/openid";
  }

  /** With the tenant placeholder, as TEAMS_TOKEN_URL may be given. */
  String tokenUrlTemplate() {
    return base() + "/{TEAMS_TENANT_ID}/oauth2/v2.0/token";
  }

  /** A Bot Connector base URL as Teams sends it: a region path and a trailing slash. */
  String serviceUrl() {
    return base() + "/amer/";
  }

  void listKeys(RSAKey... keys) {
    listedKeys = List.of(keys);
  }

  void tokenLifetime(Duration lifetime) {
    tokenLifetimeSeconds = lifetime.toSeconds();
  }

  /** The posts matching, once there are at least {@code count} of them (fails after 10 seconds). */
  List<Post> awaitPosts(Predicate<Post> matching, int count) throws InterruptedException {
    Instant deadline = Instant.now().plus(WAIT);
    List<Post> found = posts.stream().filter(matching).toList();
    while (found.size() < count && Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
      found = posts.stream().filter(matching).toList();
    }
    assertThat(found).as("posts to the connector").hasSizeGreaterThanOrEqualTo(count);
    return found;
  }

  Post awaitReplyTo(String activityId) throws InterruptedException {
    return awaitPosts(post -> activityId.equals(post.replyToId()), 1).get(0);
  }

  List<Post> repliesTo(String activityId) {
    return posts.stream().filter(post -> activityId.equals(post.replyToId())).toList();
  }

  /** Sends an activity to the bot at {@code port} as the Bot Framework does: POST /api/messages with a signed token. */
  java.net.http.HttpResponse<String> deliver(int port, JsonNode activity) throws IOException, InterruptedException {
    String token = BotFrameworkTokens.sign(TEAMS_KEY, BotFrameworkTokens.claims(serviceUrl()).build());
    return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create("http://127.0.0.1:" + port + "/api/messages"))
        .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Json.write(activity))).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
  }

  private void metadata(HttpExchange exchange) throws IOException {
    metadataRequests.incrementAndGet();
    ObjectNode metadata = Json.MAPPER.createObjectNode()
        .put("issuer", "https://api.botframework.com")
        .put("authorization_endpoint", "https://invalid.botframework.com")
        .put("jwks_uri", base() + "/keys");
    metadata.putArray("id_token_signing_alg_values_supported").add("RS256");
    metadata.putArray("token_endpoint_auth_methods_supported").add("private_key_jwt");
    respond(exchange, 200, metadata.toString());
  }

  private void keys(HttpExchange exchange) throws IOException {
    ObjectNode jwks = Json.MAPPER.createObjectNode();
    ArrayNode keys = jwks.putArray("keys");
    for (RSAKey key : listedKeys) {
      ObjectNode jwk = Json.MAPPER.valueToTree(key.toPublicJWK().toJSONObject());
      jwk.put("use", "sig");
      ArrayNode endorsements = jwk.putArray("endorsements");
      (key.getKeyID().equals(WEBCHAT_ONLY_KEY.getKeyID()) ? List.of("webchat") : List.of("msteams", "webchat", "skype")).forEach(endorsements::add);
      keys.add(jwk);
    }
    respond(exchange, 200, jwks.toString());
  }

  private void token(HttpExchange exchange) throws IOException {
    tokenRequests.incrementAndGet();
    tokenForms.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    respond(exchange, 200, Json.write(Map.of("token_type", "Bearer", "expires_in", tokenLifetimeSeconds,
        "ext_expires_in", tokenLifetimeSeconds, "access_token", ACCESS_TOKEN)));
  }

  /** The next post to the connector is answered with {@code status} (and Retry-After seconds, when not negative) and not taken. */
  void answerNextPost(int status, int retryAfterSeconds) {
    cannedPosts.add(new int[] {status, retryAfterSeconds});
  }

  /** From now on, every post to the connector is answered so (after any answers queued with {@link #answerNextPost}). */
  void answerEveryPost(int status, int retryAfterSeconds) {
    everyPost = new int[] {status, retryAfterSeconds};
  }

  private void connector(HttpExchange exchange) throws IOException {
    postAttempts.incrementAndGet();
    int[] next = cannedPosts.poll();
    int[] canned = next != null ? next : everyPost;
    if (canned != null) {
      exchange.getRequestBody().readAllBytes();
      if (canned[1] >= 0) {
        exchange.getResponseHeaders().set("Retry-After", String.valueOf(canned[1]));
      }
      respond(exchange, canned[0], "{\"error\":{\"code\":\"canned\"}}");
      return;
    }
    JsonNode body = Json.MAPPER.readTree(exchange.getRequestBody().readAllBytes());
    posts.add(new Post(exchange.getRequestURI().getRawPath(), exchange.getRequestHeaders().getFirst("Authorization"),
        body, exchange.getRequestMethod()));
    respond(exchange, 200, "{\"id\":\"posted-" + posts.size() + "\"}");
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  /** The same key pair under another key id, as after a rotation. */
  static RSAKey withKeyId(RSAKey key, String keyId) {
    return new RSAKey.Builder(key).keyID(keyId).build();
  }

  private static RSAKey generate(String keyId) {
    try {
      return new RSAKeyGenerator(2048).keyID(keyId).generate();
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
