package com.partnershipbot.matching;

import com.partnershipbot.knowledge.ConfigLoader;
import com.partnershipbot.knowledge.InvalidConfigException;
import com.partnershipbot.knowledge.Knowledge;
import java.nio.file.Path;

/** Matchers built once per test run: the shipped FAQ and a small office-facilities FAQ. */
final class Matchers {
  static final Path SHIPPED = Path.of("bot-config");
  static final Path FACILITIES = Path.of("src/test/resources/matching/facilities");

  private Matchers() {}

  static FaqMatcher shipped() {
    return Shipped.MATCHER;
  }

  static Knowledge load(Path dir) {
    try {
      return new ConfigLoader().load(dir);
    } catch (InvalidConfigException e) {
      throw new IllegalStateException(dir + " should be a valid config", e);
    }
  }

  private static final class Shipped {
    static final FaqMatcher MATCHER = TestMatching.factory().build(load(SHIPPED));
  }
}
