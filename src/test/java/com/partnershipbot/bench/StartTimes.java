package com.partnershipbot.bench;

import com.partnershipbot.testing.TempDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Launch to first correct free-text answer, several times on one data folder: the first start
 * encodes every sentence of the shipped FAQ, the others find them saved (the usual restart).
 */
final class StartTimes {
  private StartTimes() {}

  static void run(List<String> flags, Path jar, int starts) throws Exception {
    System.out.println(SlackLoadDriver.machine());
    System.out.println("load average at the start: " + SlackLoadDriver.loadAverage());
    System.out.println("flags: " + String.join(" ", flags));
    Path data = Files.createTempDirectory("partnership-bot-starts");
    Path logs = Files.createDirectories(Path.of("target", "load"));
    List<Double> restarts = new ArrayList<>();
    double first = Double.NaN;
    try (FakeWebApi slackApi = new FakeWebApi()) {
      for (int start = 0; start < starts; start++) {
        try (ServeProcess serve = ServeProcess.start(flags, jar, slackApi.url(), data,
            logs.resolve("start-" + start + ".log"))) {
          double seconds = serve.startSeconds();
          System.out.printf(Locale.ROOT, "start %d (%s): first answer %.2f s after launch%n", start + 1,
              start == 0 ? "nothing saved" : "saved vectors", seconds);
          if (start == 0) {
            first = seconds;
          } else {
            restarts.add(seconds);
          }
        }
      }
    } finally {
      TempDirs.delete(data);
    }
    System.out.println("load average at the end: " + SlackLoadDriver.loadAverage());
    System.out.printf(Locale.ROOT, "START date=%s first_s=%.2f restart_median_s=%.2f restarts=%d%n",
        java.time.ZonedDateTime.now().withNano(0), first, median(restarts), restarts.size());
  }

  private static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
