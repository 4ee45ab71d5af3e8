package com.partnershipbot.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChildProcessesTest {

  @Test
  void aDriverStoppedWithSigtermTakesItsChildWithIt() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process driver = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        ChildProcesses.class.getName(), "sleep", "120").redirectErrorStream(true).start();
    Optional<ProcessHandle> child = Optional.empty();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(driver.getInputStream(), StandardCharsets.UTF_8))) {
      child = ProcessHandle.of(Long.parseLong(out.readLine().strip()));
      assertTrue(child.orElseThrow().isAlive(), "the child runs while the driver does");

      driver.destroy();

      assertTrue(driver.waitFor(30, TimeUnit.SECONDS), "the driver stops on SIGTERM");
      child.get().onExit().completeOnTimeout(child.get(), 30, TimeUnit.SECONDS).join();
      assertFalse(child.get().isAlive(), "the child ended with the driver");
    } finally {
      driver.destroyForcibly();
      child.ifPresent(ProcessHandle::destroyForcibly);
    }
  }
}
