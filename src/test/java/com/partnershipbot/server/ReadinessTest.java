package com.partnershipbot.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.partnershipbot.matching.MatcherFactory;
import com.partnershipbot.matching.TestMatching;
import com.partnershipbot.testing.Poll;
import com.partnershipbot.testing.ServeEnv;
import com.partnershipbot.testing.TestConfig;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /readyz tells a load balancer when to send traffic: not while loading, yes while serving, not while draining. */
class ReadinessTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir
  Path temp;

  @Test
  void readyzIs503WhileTheEncoderLoadsAnd200OnceTheBotServes() throws Exception {
    int port = freePort();
    CountDownLatch encoderLoaded = new CountDownLatch(1);
    Supplier<MatcherFactory> slowEncoder = () -> {
      await(encoderLoaded);
      return TestMatching.factory();
    };
    ServeSettings settings = ServeEnv.in(temp, TestConfig.SMALL_FAQ).with("PORT", String.valueOf(port)).settings();
    CompletableFuture<Application> starting = CompletableFuture.supplyAsync(() -> start(settings, slowEncoder));
    try {
      Poll.until("the port to open", () -> status(port, "/healthz") == 200);
      assertThat(status(port, "/readyz")).isEqualTo(503);
      assertThat(get(port, "/readyz").body()).contains("\"starting\"");
      assertThat(status(port, "/api/ask?q=stargate")).as("nothing is answered half-loaded").isEqualTo(503);

      encoderLoaded.countDown();
      Application bot = starting.get(30, TimeUnit.SECONDS);

      assertThat(status(port, "/readyz")).isEqualTo(200);
      assertThat(status(port, "/api/ask?q=stargate")).isEqualTo(200);
      assertThat(bot.state()).isEqualTo(Readiness.State.READY);
    } finally {
      encoderLoaded.countDown();
      starting.get(30, TimeUnit.SECONDS).close();
    }
  }

  @Test
  void fromTheMomentADrainStartsReadyzIs503WhileQuestionsAreStillAnswered() throws Exception {
    Application bot = ServeEnv.in(temp, TestConfig.SMALL_FAQ).with("DRAIN_SECONDS", "3").start();
    int port = bot.port();
    assertThat(status(port, "/readyz")).isEqualTo(200);

    CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> close(bot));
    Poll.until("/readyz to say 503", () -> status(port, "/readyz") == 503);

    assertThat(get(port, "/readyz").body()).contains("\"draining\"");
    assertThat(status(port, "/healthz")).as("still alive").isEqualTo(200);
    assertThat(status(port, "/api/ask?q=stargate")).as("still answering during the drain").isEqualTo(200);
    stopping.get(30, TimeUnit.SECONDS);
    assertThat(bot.state()).isEqualTo(Readiness.State.DRAINING);
  }

  private static Application start(ServeSettings settings, Supplier<MatcherFactory> matching) {
    try {
      return Application.start(settings, matching);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void close(Application bot) {
    try {
      bot.close();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static int status(int port, String path) {
    try {
      return get(port, path).statusCode();
    } catch (Exception e) {
      return -1;
    }
  }

  private static HttpResponse<String> get(int port, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
