package com.partnershipbot.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an evaluation file: one {@code question<TAB>expected} per line, where expected is an id,
 * ids joined by {@code |}, or {@code none}. Blank lines and lines starting with {@code #} are skipped.
 */
public final class EvalSet {
  private EvalSet() {}

  public static List<EvalCase> read(Path file) throws IOException, MalformedEvalException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<EvalCase> cases = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      if (tab <= 0) {
        problems.add(file + ":" + (i + 1) + ": expected 'question<TAB>expected'");
        continue;
      }
      cases.add(new EvalCase(i + 1, line.substring(0, tab).strip(), expected(line.substring(tab + 1))));
    }
    if (!problems.isEmpty()) {
      throw new MalformedEvalException(problems);
    }
    return cases;
  }

  private static Set<String> expected(String field) {
    String value = field.strip();
    if (value.equalsIgnoreCase("none")) {
      return Set.of();
    }
    Set<String> ids = new LinkedHashSet<>();
    Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).forEach(ids::add);
    return Set.copyOf(ids);
  }
}
