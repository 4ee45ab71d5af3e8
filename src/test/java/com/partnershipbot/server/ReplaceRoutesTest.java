package com.partnershipbot.server;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.Test;

/** Swapping the loading routes for the real ones while requests arrive: each sees the old routes or the new, never neither. */
class ReplaceRoutesTest {
  private static final int REQUESTS = 2_000;
  private static final int MAX_SWAPS = 5_000;
  private static final int SENDERS = 3;

  @Test
  void requestsArrivingWhileRoutesAreReplacedGetTheOldOrTheNewRoutesNeverA404() throws Exception {
    Server server = BotServer.newServer(0, List.of(new Route("/*", new StartingServlet())));
    server.start();
    ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
    AtomicBoolean swapping = new AtomicBoolean(true);
    Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    try {
      URI uri = URI.create("http://127.0.0.1:" + BotServer.port(server) + "/slack/events");
      List<Future<Void>> sending = IntStream.range(0, SENDERS)
          .mapToObj(i -> senders.submit(() -> sendUntil(swapping, uri, statuses))).toList();
      while (sent(statuses) == 0) {
        Thread.sleep(10);
      }
      for (int i = 0; i < MAX_SWAPS && sent(statuses) < REQUESTS; i++) {
        BotServer.replaceRoutes(server, List.of(new Route("/slack/events", new Answer())));
        BotServer.replaceRoutes(server, List.of(new Route("/*", new StartingServlet())));
      }
      BotServer.replaceRoutes(server, List.of(new Route("/slack/events", new Answer())));
      swapping.set(false);
      for (Future<Void> sender : sending) {
        sender.get(30, TimeUnit.SECONDS);
      }
    } finally {
      swapping.set(false);
      senders.shutdownNow();
      server.stop();
    }
    assertThat(statuses.keySet()).as("statuses seen (count by status: %s)", statuses).containsOnly(200, 503);
  }

  private static long sent(Map<Integer, LongAdder> statuses) {
    return statuses.values().stream().mapToLong(LongAdder::sum).sum();
  }

  private static Void sendUntil(AtomicBoolean swapping, URI uri, Map<Integer, LongAdder> statuses)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString("x=1")).build();
    boolean last = false;
    while (!last) {
      last = !swapping.get();
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
    }
    return null;
  }

  /** The real route: 200. */
  private static final class Answer extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
      request.getInputStream().readAllBytes();
      Responses.json(response, 200, Map.of("text", "answer"));
    }
  }
}
