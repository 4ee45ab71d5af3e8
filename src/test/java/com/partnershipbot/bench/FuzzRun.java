package com.partnershipbot.bench;

import com.partnershipbot.testing.TempDirs;
import com.partnershipbot.teams.EndpointFuzz;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The long fuzz run for the docs: at least 10,000 seeded, mutated requests across every endpoint
 * of a running bot, signed and unsigned, with what came back and whether anything reached a 5xx or
 * left a stack trace. Usage: {@code FuzzRun [requests=10000] [seed=20261130]}; prints one
 * summary line and appends it to target/fuzz-runs.txt.
 */
public final class FuzzRun {
  private FuzzRun() {}

  public static void main(String[] args) throws Exception {
    int requests = Math.max(10_000, args.length > 0 ? Integer.parseInt(args[0]) : 10_000);
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 20_261_130L;
    Path data = Files.createTempDirectory("fuzz-run");
    EndpointFuzz.Result result;
    int stale;
    try (EndpointFuzz fuzz = new EndpointFuzz(data)) {
      result = fuzz.run(seed, requests);
      stale = fuzz.staleConnections();
    } finally {
      TempDirs.delete(data);
    }
    String summary = String.format(Locale.ROOT, "%s fuzz run: %,d requests, seed %d, %.1f s; statuses %s; "
        + "5xx other than 501: %d; log lines with a stack trace or line break: %d; failed twice: %d; "
        + "sent again on a fresh connection: %d; %s", LocalDate.now(), result.requests(), seed,
        result.millis() / 1000.0, result.statuses(), result.serverErrors().size(), result.noise().size(),
        result.failures().size(), stale, SlackLoadDriver.machine());
    System.out.println(summary);
    result.serverErrors().stream().limit(20).forEach(System.out::println);
    result.noise().stream().limit(20).forEach(System.out::println);
    result.failures().stream().limit(20).forEach(System.out::println);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/fuzz-runs.txt"), summary + System.lineSeparator(),
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    System.exit(result.clean() && result.failures().isEmpty() ? 0 : 1);
  }
}
