package com.partnershipbot.knowledge;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Binds one YAML file to a record and turns every unknown field and unusable value into a located
 * message an admin can act on, without Java or Jackson terms. Binding goes on past unknown fields
 * and wrong value shapes, so one run reports all of them.
 */
final class BindingProblems extends DeserializationProblemHandler {
  private static final PropertyNamingStrategies.NamingBase SNAKE_CASE =
      (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

  private final YamlSource yaml;
  private final List<ConfigProblem> problems = new ArrayList<>();
  private final Set<String> failed = new HashSet<>();
  private boolean sawUnknownField;

  /** A bound value (null when binding stopped) with its problems and the pointers that did not bind. */
  record Bound<T>(T value, List<ConfigProblem> problems, Set<String> failed) {}

  private BindingProblems(YamlSource yaml) {
    this.yaml = yaml;
  }

  /**
   * Binds a file. Unknown fields are found by walking the file's own field paths ({@link UnknownFields}),
   * which locates each exactly; that walk runs only when binding met one or stopped early.
   */
  static <T> Bound<T> bind(ObjectMapper mapper, UnknownFields fields, YamlSource yaml, Class<T> type) {
    Bound<T> fromTokens = bindTokens(mapper, yaml, type);
    return fromTokens != null ? fromTokens : bindText(mapper, fields, yaml, type);
  }

  /**
   * Binds the tokens the file was already parsed into (scanning YAML twice doubles the cost of a
   * large FAQ); null when anything at all went wrong, so the text is bound again for the messages.
   */
  private static <T> Bound<T> bindTokens(ObjectMapper mapper, YamlSource yaml, Class<T> type) {
    BindingProblems collector = new BindingProblems(yaml);
    try (JsonParser tokens = yaml.tokens()) {
      T value = mapper.readerFor(type).withHandler(collector).readValue(tokens);
      boolean clean = value != null && collector.problems.isEmpty() && !collector.sawUnknownField;
      return clean ? new Bound<>(value, List.of(), Set.of()) : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static <T> Bound<T> bindText(ObjectMapper mapper, UnknownFields fields, YamlSource yaml, Class<T> type) {
    BindingProblems collector = new BindingProblems(yaml);
    T value = null;
    try {
      value = mapper.readerFor(type).withHandler(collector).readValue(yaml.text());
    } catch (JsonProcessingException failure) {
      collector.add(failure);
    } catch (IOException failure) {
      collector.report("", "cannot read this file: " + failure.getMessage());
    }
    if (collector.sawUnknownField || value == null) {
      UnknownFields.Found unknown = fields.find(yaml, type);
      collector.problems.addAll(unknown.problems());
      collector.failed.addAll(unknown.meant());
    }
    return new Bound<>(value, List.copyOf(collector.problems), Set.copyOf(collector.failed));
  }

  /** Skips an unknown field so binding goes on; it is reported afterwards, with its exact location. */
  @Override
  public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
      JsonDeserializer<?> deserializer, Object beanOrClass, String name) throws IOException {
    sawUnknownField = true;
    parser.skipChildren();
    return true;
  }

  @Override
  public Object handleWeirdStringValue(DeserializationContext context, Class<?> targetType, String value,
      String failureMessage) {
    wrongValue(context.getParser().getParsingContext().pathAsPointer().toString(), targetType);
    return null;
  }

  @Override
  public Object handleUnexpectedToken(DeserializationContext context, JavaType targetType, JsonToken token,
      JsonParser parser, String failureMessage) throws IOException {
    wrongValue(parser.getParsingContext().pathAsPointer().toString(), targetType.getRawClass());
    parser.skipChildren();
    return null;
  }

  private void add(JsonProcessingException failure) {
    if (!(failure instanceof JsonMappingException mapping)) {
      problems.add(YamlSyntax.describe(yaml.name(), failure));
      return;
    }
    String pointer = pointer(mapping.getPath());
    if (failure instanceof UnrecognizedPropertyException) {
      sawUnknownField = true;
    } else if (failure instanceof ValueInstantiationException) {
      report(pointer, subject(pointer) + ": " + reason(failure));
    } else if (failure instanceof InvalidFormatException invalid) {
      wrongValue(pointer, invalid.getTargetType());
    } else if (failure instanceof MismatchedInputException mismatched) {
      wrongValue(pointer, mismatched.getTargetType());
    } else {
      report(pointer, subject(pointer) + " cannot be read; check its value");
    }
  }

  private void wrongValue(String pointer, Class<?> expected) {
    Optional<String> written = yaml.value(pointer).map(YamlSource.Value::text).map(String::strip);
    if (expected == LocalDate.class && written.filter(t -> t.matches("\\d{4}-\\d{2}-\\d{2}")).isPresent()) {
      report(pointer, subject(pointer) + " must be a real date; " + written.get() + " does not exist");
      return;
    }
    String found = yaml.value(pointer).map(BindingProblems::describe).map(text -> ", not " + text).orElse("");
    report(pointer, subject(pointer) + " must be " + expected(expected) + found);
  }

  private void report(String pointer, String message) {
    failed.add(pointer);
    problems.add(yaml.valueErrorAt(pointer, message));
  }

  /** A value's own explanation, when the config's types give one (such as the choices of a setting). */
  private static String reason(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    boolean ours = root instanceof IllegalArgumentException && root.getMessage() != null;
    return ours ? root.getMessage() : "this value cannot be used";
  }

  private static String describe(YamlSource.Value value) {
    JsonToken token = value.token();
    if (token == JsonToken.START_ARRAY) {
      return "a list";
    }
    if (token == JsonToken.START_OBJECT) {
      return "a section of fields";
    }
    if (token == JsonToken.VALUE_NULL || value.text() == null || value.text().isEmpty()) {
      return "empty";
    }
    String text = value.text().strip();
    return "'" + (text.length() > 40 ? text.substring(0, 37) + "..." : text) + "'";
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "a different kind of value";
    }
    if (type == LocalDate.class) {
      return "a date written YYYY-MM-DD (e.g. 2026-02-27)";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list (one '- item' per line)";
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
      return "one of: " + Arrays.stream(type.getEnumConstants())
          .map(c -> c.toString().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
    if (type.isRecord()) {
      return "a section of fields indented below it (" + Arrays.stream(type.getRecordComponents())
          .map(c -> SNAKE_CASE.translate(c.getName())).collect(Collectors.joining(", ")) + ")";
    }
    return "a different kind of value";
  }

  /** "field 'source.date'", or "item 2 of 'aliases'" for list items (counted from 1). */
  static String subject(String pointer) {
    if (pointer.isEmpty()) {
      return "the file";
    }
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    if (last.chars().allMatch(Character::isDigit)) {
      String parent = parent(pointer);
      String of = isIndex(parent) ? subject(parent) : "'" + fieldPath(parent) + "'";
      return "item " + (Integer.parseInt(last) + 1) + " of " + of;
    }
    return "field '" + fieldPath(pointer) + "'";
  }

  private static boolean isIndex(String pointer) {
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    return !last.isEmpty() && last.chars().allMatch(Character::isDigit);
  }

  /** A pointer as admins write paths: {@code /matching/answer_threshold} is {@code matching.answer_threshold}. */
  static String fieldPath(String pointer) {
    return Arrays.stream(pointer.split("/")).filter(s -> !s.isEmpty())
        .map(s -> s.replace("~1", "/").replace("~0", "~"))
        .collect(Collectors.joining("."));
  }

  private static String parent(String pointer) {
    return pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')));
  }

  private static String pointer(List<JsonMappingException.Reference> path) {
    return path.stream()
        .map(ref -> "/" + (ref.getFieldName() != null ? YamlSource.escape(ref.getFieldName()) : ref.getIndex()))
        .collect(Collectors.joining());
  }
}
