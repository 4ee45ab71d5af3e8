package com.partnershipbot.knowledge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One YAML file's text, with the line and column of every field name, value and list item in it,
 * addressed by JSON pointer ({@code /source/title}, {@code /aliases/1}). Also notices what a
 * binder would silently accept: a field given twice, and a second document after {@code ---}.
 * The tokens of the first document are kept too, so a binder need not scan the YAML again.
 */
final class YamlSource {
  private final String name;
  private final String text;
  private final Map<String, JsonLocation> keys = new HashMap<>();
  private final Map<String, Value> values = new HashMap<>();
  private final List<ConfigProblem> structureProblems = new ArrayList<>();
  private TokenBuffer tokens;
  private int documents;

  /** The first token of a value, and its text when it is a scalar. */
  record Value(JsonToken token, JsonLocation location, String text) {}

  private YamlSource(String name, String text) {
    this.name = name;
    this.text = text;
  }

  /** Reads every token once; a YAML syntax error surfaces here as {@link JsonProcessingException}. */
  static YamlSource parse(YAMLFactory factory, String name, String text) throws IOException {
    YamlSource source = new YamlSource(name, text);
    try (JsonParser parser = factory.createParser(text)) {
      source.tokens = new TokenBuffer(parser);
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (!source.record(parser, token)) {
          break;
        }
        source.tokens.copyCurrentEvent(parser);
      }
    }
    return source;
  }

  /** The first document's tokens, read afresh: binding from them gives what binding the text gives. */
  JsonParser tokens() {
    return tokens.asParser();
  }

  /** Notes one token; false once a second document begins, which is reported and not read. */
  private boolean record(JsonParser parser, JsonToken token) throws IOException {
    JsonStreamContext context = parser.getParsingContext();
    String pointer = context.pathAsPointer().toString();
    JsonLocation at = parser.currentTokenLocation();
    if (token == JsonToken.FIELD_NAME) {
      JsonLocation earlier = keys.putIfAbsent(pointer, at);
      if (earlier != null) {
        structureProblems.add(problem(at, "field '" + parser.currentName() + "' is given twice (first on line "
            + earlier.getLineNr() + "); keep one"));
      }
      return true;
    }
    if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
      return true;
    }
    if (startsDocument(context, token) && ++documents > 1) {
      structureProblems.add(problem(at, "a second YAML document starts here (after '---'); "
          + "keep one document per file"));
      return false;
    }
    values.putIfAbsent(pointer, new Value(token, at, token.isScalarValue() ? parser.getText() : null));
    return true;
  }

  private static boolean startsDocument(JsonStreamContext context, JsonToken token) {
    if (token.isStructStart()) {
      return context.getParent() != null && context.getParent().inRoot();
    }
    return context.inRoot();
  }

  String name() {
    return name;
  }

  String text() {
    return text;
  }

  /** True when the file holds no YAML at all: nothing, or only comments and blank lines. */
  boolean isEmpty() {
    return values.isEmpty();
  }

  /** True when the file is a set of {@code field: value} lines, as every config file must be. */
  boolean isMapping() {
    return value("").map(v -> v.token() == JsonToken.START_OBJECT).orElse(false);
  }

  /** Fields given twice and extra documents: errors a binder would not notice. */
  List<ConfigProblem> structureProblems() {
    return List.copyOf(structureProblems);
  }

  /** The value at a pointer as written, if the file has one there. */
  Optional<Value> value(String pointer) {
    return Optional.ofNullable(values.get(pointer));
  }

  /** The pointer of every field name in the file, such as {@code /source/title}. */
  Set<String> fieldPointers() {
    return Set.copyOf(keys.keySet());
  }

  /** True when the file names this field, even with an empty value. */
  boolean has(String pointer) {
    return keys.containsKey(pointer) || values.containsKey(pointer);
  }

  /** A problem at a field's name (or a list item), or at its nearest located parent. */
  ConfigProblem problemAt(String pointer, Severity severity, String message) {
    return problem(locate(pointer, false), severity, message);
  }

  ConfigProblem errorAt(String pointer, String message) {
    return problemAt(pointer, Severity.ERROR, message);
  }

  /** A problem at a field's value rather than its name, falling back like {@link #errorAt}. */
  ConfigProblem valueErrorAt(String pointer, String message) {
    return problem(locate(pointer, true), Severity.ERROR, message);
  }

  private JsonLocation locate(String pointer, boolean preferValue) {
    String path = pointer;
    while (!path.isEmpty() && !has(path)) {
      path = path.substring(0, Math.max(0, path.lastIndexOf('/')));
    }
    JsonLocation key = keys.get(path);
    Value value = values.get(path);
    if (value != null && (preferValue || key == null)) {
      return value.location();
    }
    return key;
  }

  private ConfigProblem problem(JsonLocation at, String message) {
    return problem(at, Severity.ERROR, message);
  }

  private ConfigProblem problem(JsonLocation at, Severity severity, String message) {
    int line = at == null ? 1 : Math.max(1, at.getLineNr());
    int column = at == null ? 1 : Math.max(1, at.getColumnNr());
    return new ConfigProblem(name, line, column, severity, message);
  }

  /** Escapes a field name for use in a JSON pointer. */
  static String escape(String field) {
    return field.replace("~", "~0").replace("/", "~1");
  }
}
