package com.partnershipbot.teams;

import com.nimbusds.jose.jwk.RSAKey;
import java.util.Set;

/** One of Microsoft's token signing keys, with the channels (such as "msteams") it may sign for. */
record SigningKey(RSAKey key, Set<String> endorsements) {
  SigningKey {
    endorsements = Set.copyOf(endorsements);
  }
}
