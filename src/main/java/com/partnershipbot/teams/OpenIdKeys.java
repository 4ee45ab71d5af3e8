package com.partnershipbot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.RSAKey;
import com.partnershipbot.answering.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Microsoft's signing keys, read from the OpenID metadata's {@code jwks_uri} and cached. The cache
 * is refreshed once a day, and once when a token names a key it does not hold (Microsoft rotates
 * keys), but not more than once per {@link #MIN_REFRESH_INTERVAL}, so forged key ids cannot make
 * the bot hammer Microsoft.
 */
final class OpenIdKeys {
  static final Duration MAX_AGE = Duration.ofHours(24);
  static final Duration MIN_REFRESH_INTERVAL = Duration.ofMinutes(1);
  private static final Logger LOG = LoggerFactory.getLogger(OpenIdKeys.class);

  private final URI metadataUrl;
  private final HttpClient http;
  private final Clock clock;
  private Snapshot snapshot = Snapshot.EMPTY;
  private Instant lastAttempt;

  OpenIdKeys(URI metadataUrl, HttpClient http, Clock clock) {
    this.metadataUrl = metadataUrl;
    this.http = http;
    this.clock = clock;
  }

  /** The key with this id, refreshing the cache first when it is stale or lacks the key. */
  synchronized Optional<SigningKey> key(String keyId) throws KeysUnavailableException {
    Instant now = clock.instant();
    boolean due = snapshot.olderThan(MAX_AGE, now) || !snapshot.keys.containsKey(keyId);
    if (due && !attemptedSince(now.minus(MIN_REFRESH_INTERVAL))) {
      refresh(now);
    }
    if (snapshot.keys.isEmpty()) {
      throw new KeysUnavailableException("no Bot Framework signing keys are loaded (the last attempt failed)");
    }
    return Optional.ofNullable(snapshot.keys.get(keyId));
  }

  private boolean attemptedSince(Instant since) {
    return lastAttempt != null && lastAttempt.isAfter(since);
  }

  /** Fetches again; when that fails but older keys are held, keeps using them for now. */
  private void refresh(Instant now) throws KeysUnavailableException {
    lastAttempt = now;
    try {
      snapshot = fetch(now);
    } catch (KeysUnavailableException e) {
      if (snapshot.keys.isEmpty()) {
        throw e;
      }
      LOG.warn("Keeping the signing keys loaded at {}: {}", snapshot.fetchedAt, e.getMessage());
    }
  }

  /** The signing algorithms the metadata lists, as of the last refresh. */
  synchronized Set<String> algorithms() {
    return snapshot.algorithms;
  }

  private Snapshot fetch(Instant now) throws KeysUnavailableException {
    JsonNode metadata = getJson(metadataUrl);
    JsonNode jwksUri = metadata.path("jwks_uri");
    if (!jwksUri.isTextual()) {
      throw new KeysUnavailableException("the OpenID metadata at " + metadataUrl + " has no jwks_uri");
    }
    Set<String> algorithms = new HashSet<>();
    metadata.path("id_token_signing_alg_values_supported").forEach(alg -> algorithms.add(alg.asText()));
    Map<String, SigningKey> keys = parseKeys(getJson(URI.create(jwksUri.asText())));
    LOG.info("Loaded {} Bot Framework signing keys (algorithms {})", keys.size(), algorithms);
    return new Snapshot(keys, Set.copyOf(algorithms), now);
  }

  private static Map<String, SigningKey> parseKeys(JsonNode jwks) {
    Map<String, SigningKey> keys = new HashMap<>();
    for (JsonNode jwk : jwks.path("keys")) {
      try {
        RSAKey key = RSAKey.parse(jwk.toString());
        Set<String> endorsements = new HashSet<>();
        jwk.path("endorsements").forEach(e -> endorsements.add(e.asText()));
        if (key.getKeyID() != null) {
          keys.put(key.getKeyID(), new SigningKey(key, endorsements));
        }
      } catch (ParseException | IllegalArgumentException e) {
        LOG.debug("Skipping a signing key that is not an RSA key: {}", e.getMessage());
      }
    }
    return keys;
  }

  private JsonNode getJson(URI uri) throws KeysUnavailableException {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new KeysUnavailableException(uri + " answered HTTP " + response.statusCode());
      }
      return Json.MAPPER.readTree(response.body());
    } catch (IOException e) {
      throw new KeysUnavailableException("cannot read " + uri + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KeysUnavailableException("interrupted while reading " + uri);
    }
  }

  /** The keys and algorithms from one refresh. */
  private record Snapshot(Map<String, SigningKey> keys, Set<String> algorithms, Instant fetchedAt) {
    static final Snapshot EMPTY = new Snapshot(Map.of(), Set.of(), Instant.MIN);

    boolean olderThan(Duration age, Instant now) {
      return fetchedAt.equals(Instant.MIN) || fetchedAt.plus(age).isBefore(now);
    }
  }
}
