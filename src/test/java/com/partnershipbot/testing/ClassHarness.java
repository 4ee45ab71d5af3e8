package com.partnershipbot.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a harness (a server with its fakes) once for a test class, in a folder of its own, and
 * closes it and removes the folder after the class. Register it as a static field:
 * {@code @RegisterExtension static final ClassHarness<SlackHarness> slack = ClassHarness.of(SlackHarness::new);}
 */
public final class ClassHarness<T extends AutoCloseable> implements BeforeAllCallback, AfterAllCallback {
  private final Starter<T> starter;
  private Path folder;
  private T harness;

  /** Starts a harness whose records and files go under the folder it is given. */
  @FunctionalInterface
  public interface Starter<T> {
    T start(Path folder) throws Exception;
  }

  private ClassHarness(Starter<T> starter) {
    this.starter = starter;
  }

  public static <T extends AutoCloseable> ClassHarness<T> of(Starter<T> starter) {
    return new ClassHarness<>(starter);
  }

  /** The started harness (inside the test class's tests only). */
  public T get() {
    if (harness == null) {
      throw new IllegalStateException("the harness starts before the class's tests; register it as a static field");
    }
    return harness;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    folder = Files.createTempDirectory("partnership-bot-" + context.getRequiredTestClass().getSimpleName());
    harness = starter.start(folder);
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    try {
      if (harness != null) {
        harness.close();
      }
    } finally {
      harness = null;
      TempDirs.delete(folder);
    }
  }
}
