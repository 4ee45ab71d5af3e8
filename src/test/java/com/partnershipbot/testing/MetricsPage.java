package com.partnershipbot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A running bot's /metrics, as Prometheus scrapes it. */
public final class MetricsPage {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private MetricsPage() {}

  /** The Prometheus text of the bot listening on {@code port}. */
  public static String scrape(int port) {
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
