package com.partnershipbot.knowledge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Scanner;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.ScalarToken;

/**
 * Explains a YAML syntax error in words an admin can act on, located where the fix goes: at the
 * unclosed bracket or quote, or at the line whose indentation is off.
 */
final class YamlSyntax {
  private static final String PREFIX = "YAML syntax error: ";

  private YamlSyntax() {}

  static ConfigProblem describe(String file, JsonProcessingException failure) {
    return describe(file, "", failure);
  }

  /** As above; with the file's text, a quote left open that ran on to a later line is found where it opens. */
  static ConfigProblem describe(String file, String text, JsonProcessingException failure) {
    if (failure.getCause() instanceof MarkedYAMLException marked) {
      return quoteRunningOnTo(marked.getProblemMark(), text)
          .map(opened -> at(file, opened, "the quote that starts here is not closed on its line, so YAML reads on "
              + "to the next quote, on line " + (marked.getProblemMark().getLine() + 1) + "; close it on this line"))
          .orElseGet(() -> describe(file, marked));
    }
    JsonLocation at = failure.getLocation();
    int line = at == null ? 1 : Math.max(1, at.getLineNr());
    int column = at == null ? 1 : Math.max(1, at.getColumnNr());
    return ConfigProblem.error(file, line, column, PREFIX + firstLine(failure.getOriginalMessage()));
  }

  private static ConfigProblem describe(String file, MarkedYAMLException failure) {
    String problem = failure.getProblem() == null ? "" : failure.getProblem();
    String context = failure.getContext() == null ? "" : failure.getContext();
    Mark problemAt = failure.getProblemMark();
    Mark contextAt = failure.getContextMark() == null ? problemAt : failure.getContextMark();
    if (problem.contains("(TAB)")) {
      return at(file, problemAt, "a tab character; indent with spaces only");
    }
    if (problem.startsWith("found character") && problem.contains("cannot start any token")) {
      String character = problem.replaceAll("found character '(.*?)' that cannot start.*", "$1");
      return at(file, problemAt, "a value cannot start with '" + character + "'; put the value in quotes");
    }
    if (problem.startsWith("mapping values are not allowed")) {
      return at(file, problemAt, "unexpected ':'; put text that contains ': ' in quotes, "
          + "and indent this line like the lines around it");
    }
    if (context.contains("quoted scalar")) {
      return at(file, contextAt, "the quote that starts here is never closed");
    }
    if (context.contains("flow sequence")) {
      return at(file, contextAt, "the list that starts here with '[' is never closed with ']'");
    }
    if (context.contains("flow mapping")) {
      return at(file, contextAt, "the section that starts here with '{' is never closed with '}'");
    }
    if (problem.startsWith("could not find expected ':'")) {
      return at(file, contextAt, "expected 'field: value'; this line has no ':' after the field name");
    }
    if (problem.startsWith("expected <block end>")) {
      return at(file, problemAt, "this line does not line up with the lines above; check its indentation, "
          + "and quote text that contains quotes");
    }
    return at(file, problemAt, firstLine(problem.isEmpty() ? context : problem));
  }

  /**
   * Where a quoted value opens that spans lines and closes on the error's line, before the error:
   * the usual sign of a quote left open, which YAML only notices at the next quote in the file.
   */
  private static Optional<Mark> quoteRunningOnTo(Mark problemAt, String text) {
    if (problemAt == null || text.isEmpty()) {
      return Optional.empty();
    }
    Mark opened = null;
    try {
      Scanner scanner = new ScannerImpl(new StreamReader(text), new LoaderOptions());
      while (scanner.checkToken() && scanner.peekToken().getStartMark().getIndex() < problemAt.getIndex()) {
        if (scanner.getToken() instanceof ScalarToken scalar) {
          opened = spansLinesUpTo(scalar, problemAt) ? scalar.getStartMark() : null;
        }
      }
    } catch (YAMLException e) {
      // the scanner stops at a different problem: keep what was found before it
    }
    return Optional.ofNullable(opened);
  }

  private static boolean spansLinesUpTo(ScalarToken scalar, Mark problemAt) {
    return scalar.getStyle() != DumperOptions.ScalarStyle.PLAIN
        && scalar.getStyle() != DumperOptions.ScalarStyle.LITERAL && scalar.getStyle() != DumperOptions.ScalarStyle.FOLDED
        && scalar.getStartMark().getLine() < scalar.getEndMark().getLine()
        && scalar.getEndMark().getLine() == problemAt.getLine();
  }

  private static ConfigProblem at(String file, Mark mark, String message) {
    int line = mark == null ? 1 : mark.getLine() + 1;
    int column = mark == null ? 1 : mark.getColumn() + 1;
    return ConfigProblem.error(file, line, column, PREFIX + message);
  }

  private static String firstLine(String text) {
    if (text == null || text.isBlank()) {
      return "the file cannot be read as YAML";
    }
    return text.strip().lines().findFirst().orElse(text).replaceAll("\\s+", " ");
  }
}
