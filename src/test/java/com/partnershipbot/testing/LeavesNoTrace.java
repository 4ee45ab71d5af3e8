package com.partnershipbot.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails any test class that leaves a file in the project folder outside {@code target/} (such as
 * a {@code data/} folder or an edited {@code bot-config/}): tests write only to their own
 * temporary folders. Registered for every test class (see META-INF/services).
 */
public final class LeavesNoTrace implements BeforeAllCallback, AfterAllCallback {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LeavesNoTrace.class);
  private static final Path PROJECT = Path.of("").toAbsolutePath();

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getStore(NAMESPACE).put(PROJECT, snapshot(PROJECT));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    @SuppressWarnings("unchecked")
    Map<String, String> before = context.getStore(NAMESPACE).get(PROJECT, Map.class);
    List<String> changes = changes(before, snapshot(PROJECT));
    if (!changes.isEmpty()) {
      throw new AssertionError(context.getRequiredTestClass().getSimpleName() + " left files in the project folder "
          + "(give it a @TempDir data directory or config copy instead): " + String.join(", ", changes));
    }
  }

  /** Every file and folder under root with its size and time, leaving out target/ and hidden top-level folders. */
  static Map<String, String> snapshot(Path root) {
    Map<String, String> entries = new TreeMap<>();
    try (Stream<Path> top = Files.list(root)) {
      for (Path path : top.filter(LeavesNoTrace::watched).toList()) {
        try (Stream<Path> all = Files.walk(path)) {
          all.forEach(file -> entries.put(root.relativize(file).toString(), stamp(file)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  /** What appeared, changed or went between two snapshots, as "added data/x" and the like. */
  static List<String> changes(Map<String, String> before, Map<String, String> after) {
    List<String> changes = new ArrayList<>();
    after.forEach((path, stamp) -> {
      if (!before.containsKey(path)) {
        changes.add("added " + path);
      } else if (!before.get(path).equals(stamp)) {
        changes.add("changed " + path);
      }
    });
    before.keySet().stream().filter(path -> !after.containsKey(path)).forEach(path -> changes.add("removed " + path));
    return changes;
  }

  private static boolean watched(Path path) {
    String name = path.getFileName().toString();
    return !name.equals("target") && !name.startsWith(".");
  }

  private static String stamp(Path file) {
    try {
      return Files.isDirectory(file) ? "folder" : Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return "unreadable";
    }
  }
}
