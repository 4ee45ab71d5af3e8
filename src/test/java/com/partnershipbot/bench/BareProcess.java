package com.partnershipbot.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.File;
import java.net.URLClassLoader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@link BareBoltApp} in a JVM of its own, started with the bot's flags (less the bot's class
 * archive), so that the bot and the baseline differ only in what they do per request.
 */
final class BareProcess implements BareTarget {
  private static final Duration STOP_LIMIT = Duration.ofSeconds(30);

  private final Process process;
  private final int port;
  private final Path bodyFile;

  private BareProcess(Process process, int port, Path bodyFile) {
    this.process = process;
    this.port = port;
    this.bodyFile = bodyFile;
  }

  static BareProcess start(List<String> flags, String apiUrl, String body, Path log) throws IOException {
    Path bodyFile = Files.createTempFile("bare-bolt-body", ".json");
    Files.writeString(bodyFile, body, StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(List.of("java"));
    flags.stream().filter(flag -> !flag.startsWith(LaunchCommand.ARCHIVE)).forEach(command::add);
    command.addAll(List.of("-cp", classPath(), BareBoltApp.class.getName(), apiUrl, bodyFile.toString()));
    Process process = ChildProcesses.endingWithThisJvm(new ProcessBuilder(command).redirectError(log.toFile()).start());
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null && !line.startsWith("PORT ")) {
      // the JVM's own notices (a flight recording starting, say) come first
    }
    if (line == null) {
      process.destroyForcibly();
      Files.deleteIfExists(bodyFile);
      throw new IllegalStateException("the bare Bolt app did not start; see " + log);
    }
    return new BareProcess(process, Integer.parseInt(line.substring(5).strip()), bodyFile);
  }

  @Override
  public int port() {
    return port;
  }

  /** CPU time the whole process has used so far, as for the bot. */
  @Override
  public long cpuNanos() {
    return process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
  }

  @Override
  public String cpuScope() {
    return "its whole process";
  }

  /** The class path this driver runs with (exec:java puts it in the context class loader). */
  private static String classPath() {
    if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader && loader.getURLs().length > 0) {
      return Arrays.stream(loader.getURLs()).map(url -> {
        try {
          return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
          throw new IllegalStateException(url + " is not a file", e);
        }
      }).collect(Collectors.joining(File.pathSeparator));
    }
    return System.getProperty("java.class.path");
  }

  @Override
  public void close() throws IOException, InterruptedException {
    process.getOutputStream().close();
    if (!process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS);
    }
    Files.deleteIfExists(bodyFile);
  }
}
