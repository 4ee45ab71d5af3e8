package com.partnershipbot.knowledge;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A complete, validated configuration: settings plus every curated entry. Immutable. */
public final class Knowledge {
  private final BotSettings settings;
  private final List<FaqEntry> entries;
  private final Map<String, FaqEntry> byId;
  private final String version;
  private final Instant loadedAt;
  private final Map<String, EntryLines> lines;

  public Knowledge(BotSettings settings, List<FaqEntry> entries, String version, Instant loadedAt) {
    this(settings, entries, version, loadedAt, Map.of());
  }

  /** With where each entry's title and questions are written, by entry id. */
  public Knowledge(BotSettings settings, List<FaqEntry> entries, String version, Instant loadedAt,
      Map<String, EntryLines> lines) {
    this.settings = settings;
    this.lines = Map.copyOf(lines);
    this.entries = List.copyOf(entries);
    this.version = version;
    this.loadedAt = loadedAt;
    Map<String, FaqEntry> index = new LinkedHashMap<>();
    this.entries.forEach(entry -> index.put(entry.id(), entry));
    this.byId = Map.copyOf(index);
  }

  public BotSettings settings() {
    return settings;
  }

  public List<FaqEntry> entries() {
    return entries;
  }

  public Optional<FaqEntry> entry(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /** Where the entry's title and questions are written, when it was loaded from files. */
  public Optional<EntryLines> lines(String id) {
    return Optional.ofNullable(id == null ? null : lines.get(id));
  }

  /** A short hash of every config file's bytes: equal configs have equal versions. */
  public String version() {
    return version;
  }

  public Instant loadedAt() {
    return loadedAt;
  }
}
