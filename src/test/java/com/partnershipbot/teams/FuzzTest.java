package com.partnershipbot.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A few thousand seeded, mutated requests across every endpoint, signed and not: never a 5xx, never a stack trace. */
class FuzzTest {
  private static final long SEED = 20_261_130L;
  private static final int REQUESTS = 3_000;

  @TempDir
  Path dataDir;

  @Test
  void noRequestGetsA5xxOrLeavesAStackTraceInTheLog() throws Exception {
    try (EndpointFuzz fuzz = new EndpointFuzz(dataDir)) {
      EndpointFuzz.Result result = fuzz.run(SEED, REQUESTS);

      assertThat(result.serverErrors()).isEmpty();
      assertThat(result.noise()).isEmpty();
      assertThat(result.failures()).as("connections that failed").isEmpty();
      assertThat(result.statuses()).containsKeys(200, 401, 404);
    }
  }
}
