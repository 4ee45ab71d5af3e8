package com.partnershipbot.knowledge;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Whether recorded questions keep the asker's user id as typed or only a hash of it. */
public enum UserIdPolicy {
  HASHED,
  PLAIN;

  @JsonCreator
  public static UserIdPolicy parse(String value) {
    for (UserIdPolicy policy : values()) {
      if (policy.name().equalsIgnoreCase(value.strip())) {
        return policy;
      }
    }
    throw new IllegalArgumentException("'" + value + "' is not one of: hashed, plain");
  }
}
