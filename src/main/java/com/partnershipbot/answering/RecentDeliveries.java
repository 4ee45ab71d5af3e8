package com.partnershipbot.answering;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An in-memory {@link DeliveryLog} for a single instance: it remembers delivery ids for
 * {@code ttl} (Slack re-delivers for about five minutes) and at most {@code capacity} of them,
 * forgetting the oldest first, so memory stays bounded under any load.
 */
public final class RecentDeliveries implements DeliveryLog {
  public static final Duration DEFAULT_TTL = Duration.ofMinutes(30);
  public static final int DEFAULT_CAPACITY = 100_000;

  private final Duration ttl;
  private final int capacity;
  private final Clock clock;
  private final LinkedHashMap<String, Instant> claimed = new LinkedHashMap<>();

  public RecentDeliveries(Duration ttl, int capacity, Clock clock) {
    if (ttl.isNegative() || ttl.isZero() || capacity < 1) {
      throw new IllegalArgumentException("ttl must be positive and capacity at least 1");
    }
    this.ttl = ttl;
    this.capacity = capacity;
    this.clock = clock;
  }

  public RecentDeliveries() {
    this(DEFAULT_TTL, DEFAULT_CAPACITY, Clock.systemUTC());
  }

  @Override
  public synchronized boolean claim(String deliveryId) {
    Instant now = clock.instant();
    forgetExpired(now);
    if (claimed.containsKey(deliveryId)) {
      return false;
    }
    claimed.put(deliveryId, now);
    if (claimed.size() > capacity) {
      forgetOldest();
    }
    return true;
  }

  public synchronized int size() {
    return claimed.size();
  }

  /** Entries are in claim order, so expired ones are all at the front. */
  private void forgetExpired(Instant now) {
    Instant cutoff = now.minus(ttl);
    Iterator<Map.Entry<String, Instant>> oldestFirst = claimed.entrySet().iterator();
    while (oldestFirst.hasNext() && !oldestFirst.next().getValue().isAfter(cutoff)) {
      oldestFirst.remove();
    }
  }

  private void forgetOldest() {
    Iterator<String> oldestFirst = claimed.keySet().iterator();
    oldestFirst.next();
    oldestFirst.remove();
  }
}
