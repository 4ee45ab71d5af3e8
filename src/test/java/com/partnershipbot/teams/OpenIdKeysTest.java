package com.partnershipbot.teams;

import java.time.Instant;
import com.partnershipbot.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Microsoft's keys are cached, and fetched again when a token names a new key (at most once a minute). */
class OpenIdKeysTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
  private FakeMicrosoft microsoft;
  private OpenIdKeys keys;

  @BeforeEach
  void start() throws Exception {
    microsoft = new FakeMicrosoft();
    keys = new OpenIdKeys(URI.create(microsoft.openIdUrl()), HttpClient.newHttpClient(), clock);
  }

  @AfterEach
  void stop() {
    microsoft.close();
  }

  @Test
  void readsKeysWithTheirEndorsementsAndTheListedAlgorithms() throws Exception {
    SigningKey key = keys.key("key-teams").orElseThrow();

    assertThat(key.endorsements()).contains("msteams");
    assertThat(key.key().toRSAPublicKey()).isEqualTo(FakeMicrosoft.TEAMS_KEY.toRSAPublicKey());
    assertThat(keys.key("key-webchat-only").orElseThrow().endorsements()).containsExactly("webchat");
    assertThat(keys.algorithms()).containsExactly("RS256");
  }

  @Test
  void servesKnownKeysFromTheCache() throws Exception {
    keys.key("key-teams");
    keys.key("key-teams");
    clock.advance(Duration.ofHours(23));
    keys.key("key-webchat-only");

    assertThat(microsoft.metadataRequests.get()).isEqualTo(1);
  }

  @Test
  void refreshesOnceWhenATokenNamesAKeyItHasNotSeen() throws Exception {
    keys.key("key-teams");
    microsoft.listKeys(FakeMicrosoft.TEAMS_KEY, FakeMicrosoft.withKeyId(FakeMicrosoft.WEBCHAT_ONLY_KEY, "key-new"));
    clock.advance(Duration.ofMinutes(2));

    assertThat(keys.key("key-new")).isPresent();
    assertThat(microsoft.metadataRequests.get()).isEqualTo(2);
  }

  @Test
  void doesNotRefreshForEveryUnknownKeyId() throws Exception {
    keys.key("key-teams");
    clock.advance(Duration.ofMinutes(2));

    assertThat(keys.key("forged-1")).isEmpty();
    assertThat(keys.key("forged-2")).isEmpty();
    assertThat(keys.key("forged-3")).isEmpty();
    assertThat(microsoft.metadataRequests.get()).isEqualTo(2);
  }

  @Test
  void refreshesKeysOlderThanADay() throws Exception {
    keys.key("key-teams");
    clock.advance(Duration.ofHours(25));
    keys.key("key-teams");

    assertThat(microsoft.metadataRequests.get()).isEqualTo(2);
  }

  @Test
  void keepsTheKeysItHasWhenMicrosoftIsUnreachable() throws Exception {
    keys.key("key-teams");
    microsoft.close();
    clock.advance(Duration.ofHours(25));

    assertThat(keys.key("key-teams")).isPresent();
  }

  @Test
  void saysSoWhenNoKeysCanBeLoaded() {
    microsoft.close();

    assertThatThrownBy(() -> keys.key("key-teams")).isInstanceOf(KeysUnavailableException.class)
        .hasMessageContaining(microsoft.openIdUrl());
  }
}
