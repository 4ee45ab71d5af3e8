package com.partnershipbot.knowledge;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds every field name in a YAML file that the config's records do not have, walking the file's
 * field paths against the types the loader binds to, so all of them are reported in one run.
 */
final class UnknownFields {
  private final ObjectMapper mapper;
  private final Map<JavaType, Map<String, JavaType>> fieldsByType = new ConcurrentHashMap<>();

  /** The unknown fields of one file, and the known fields they were probably meant to be. */
  record Found(List<ConfigProblem> problems, Set<String> meant) {}

  UnknownFields(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  Found find(YamlSource yaml, Class<?> root) {
    List<ConfigProblem> problems = new ArrayList<>();
    Set<String> meant = new HashSet<>();
    JavaType rootType = mapper.constructType(root);
    for (String pointer : yaml.fieldPointers()) {
      String parent = pointer.substring(0, pointer.lastIndexOf('/'));
      String name = unescape(pointer.substring(pointer.lastIndexOf('/') + 1));
      Optional<Map<String, JavaType>> fields = typeAt(rootType, parent).map(this::fields);
      if (fields.isEmpty() || fields.get().containsKey(name)) {
        continue;
      }
      Optional<String> guess = DidYouMean.closest(name, fields.get().keySet());
      guess.ifPresent(g -> meant.add(parent + "/" + YamlSource.escape(g)));
      String where = parent.isEmpty() ? "" : " in '" + BindingProblems.fieldPath(parent) + "'";
      problems.add(yaml.errorAt(pointer, "unknown field '" + name + "'" + where + guess
          .map(g -> " (did you mean '" + g + "'?)")
          .orElse("; the fields are: " + String.join(", ", fields.get().keySet()))));
    }
    return new Found(problems, meant);
  }

  /** The record type a pointer leads to, or empty when the path leaves the known fields (already reported). */
  private Optional<JavaType> typeAt(JavaType root, String pointer) {
    JavaType type = root;
    for (String segment : pointer.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      type = type.isContainerType() ? type.getContentType() : fields(type).get(unescape(segment));
      if (type == null) {
        return Optional.empty();
      }
    }
    return type.isContainerType() || !type.isRecordType() ? Optional.empty() : Optional.of(type);
  }

  /** A record's fields as the loader names them (snake_case), sorted by name. */
  private Map<String, JavaType> fields(JavaType type) {
    return fieldsByType.computeIfAbsent(type, this::introspect);
  }

  private Map<String, JavaType> introspect(JavaType type) {
    BeanDescription description = mapper.getDeserializationConfig().introspect(type);
    Map<String, JavaType> fields = new TreeMap<>();
    for (BeanPropertyDefinition property : description.findProperties()) {
      fields.put(property.getName(), property.getPrimaryType());
    }
    return Collections.unmodifiableMap(fields);
  }

  private static String unescape(String segment) {
    return segment.replace("~1", "/").replace("~0", "~");
  }
}
