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

  public Knowledge(BotSettings settings, List<FaqEntry> entries, String version, Instant loadedAt) {
    this.settings = settings;
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

  /** A short hash of every config file's bytes: equal configs have equal versions. */
  public String version() {
    return version;
  }

  public Instant loadedAt() {
    return loadedAt;
  }
}
