package com.partnershipbot.knowledge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** One YAML file's text, with the line and column of every field and list item in it. */
final class YamlSource {
  private final String name;
  private final String text;
  private final Map<String, JsonLocation> locations;

  private YamlSource(String name, String text, Map<String, JsonLocation> locations) {
    this.name = name;
    this.text = text;
    this.locations = locations;
  }

  /** Reads every token once; a YAML syntax error surfaces here as {@link JsonProcessingException}. */
  static YamlSource parse(YAMLFactory factory, String name, String text) throws IOException {
    Map<String, JsonLocation> locations = new HashMap<>();
    try (JsonParser parser = factory.createParser(text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        locations.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(), parser.currentTokenLocation());
      }
    }
    return new YamlSource(name, text, locations);
  }

  String name() {
    return name;
  }

  String text() {
    return text;
  }

  boolean isEmpty() {
    return locations.isEmpty();
  }

  /** A problem located at a JSON pointer such as {@code /aliases/1}, or at its nearest located parent. */
  ConfigProblem problemAt(String pointer, Severity severity, String message) {
    String path = pointer;
    while (!locations.containsKey(path) && !path.isEmpty()) {
      path = path.substring(0, Math.max(0, path.lastIndexOf('/')));
    }
    JsonLocation at = locations.get(path);
    int line = at == null ? 1 : at.getLineNr();
    int column = at == null ? 1 : at.getColumnNr();
    return new ConfigProblem(name, line, column, severity, message);
  }

  ConfigProblem errorAt(String pointer, String message) {
    return problemAt(pointer, Severity.ERROR, message);
  }
}
