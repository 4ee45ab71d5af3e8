package com.partnershipbot.knowledge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Turns Jackson's parse and binding exceptions into messages an admin can act on. */
final class BindingProblems {
  private BindingProblems() {}

  static ConfigProblem describe(String file, JsonProcessingException failure) {
    JsonLocation at = failure.getLocation();
    int line = at == null ? 1 : Math.max(1, at.getLineNr());
    int column = at == null ? 1 : Math.max(1, at.getColumnNr());
    return ConfigProblem.error(file, line, column, message(failure));
  }

  private static String message(JsonProcessingException failure) {
    if (failure instanceof UnrecognizedPropertyException unknown) {
      return unknownField(unknown);
    }
    if (failure instanceof InvalidFormatException invalid) {
      return "field '" + path(invalid) + "': '" + invalid.getValue() + "' is not " + expected(invalid.getTargetType());
    }
    if (failure instanceof ValueInstantiationException invalid) {
      return "field '" + path(invalid) + "': " + rootMessage(invalid);
    }
    if (failure instanceof MismatchedInputException mismatched) {
      return "field '" + path(mismatched) + "': expected " + expected(mismatched.getTargetType());
    }
    if (failure instanceof DatabindException) {
      return firstLine(failure.getOriginalMessage());
    }
    return "YAML syntax error: " + firstLine(failure.getOriginalMessage());
  }

  private static String unknownField(UnrecognizedPropertyException unknown) {
    String name = unknown.getPropertyName();
    Set<String> known = new TreeSet<>();
    Collection<Object> ids = unknown.getKnownPropertyIds();
    if (ids != null) {
      ids.forEach(id -> known.add(String.valueOf(id)));
    }
    String where = parentPath(unknown);
    String message = "unknown field '" + name + "'" + (where.isEmpty() ? "" : " in '" + where + "'");
    return message + DidYouMean.closest(name, known)
        .map(guess -> " (did you mean '" + guess + "'?)")
        .orElse("; known fields: " + String.join(", ", known));
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "a value of the right kind";
    }
    if (type == LocalDate.class) {
      return "a date (write it as YYYY-MM-DD)";
    }
    if (List.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (type == String.class) {
      return "text";
    }
    if (type == Integer.class || type == int.class) {
      return "a whole number";
    }
    if (type == Double.class || type == double.class) {
      return "a number";
    }
    if (type.isEnum()) {
      return "one of " + java.util.Arrays.stream(type.getEnumConstants())
          .map(c -> c.toString().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", "));
    }
    return "a section of fields";
  }

  private static String path(JsonMappingException failure) {
    return failure.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  private static String parentPath(JsonMappingException failure) {
    List<JsonMappingException.Reference> refs = failure.getPath();
    if (refs.size() <= 1) {
      return "";
    }
    return refs.subList(0, refs.size() - 1).stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return firstLine(root.getMessage());
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "unreadable value";
    }
    String line = text.strip().lines().findFirst().orElse(text);
    return line.replaceAll("\\s+", " ");
  }
}
