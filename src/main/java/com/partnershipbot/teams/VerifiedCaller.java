package com.partnershipbot.teams;

import java.net.URI;

/**
 * Proof that a request carried a valid Bot Framework token: the only way to get the service URL
 * replies go to. Only {@link InboundAuth} creates one.
 */
final class VerifiedCaller {
  private final URI serviceUrl;

  VerifiedCaller(URI serviceUrl) {
    this.serviceUrl = serviceUrl;
  }

  /** The Bot Connector base URL the token vouched for. */
  URI serviceUrl() {
    return serviceUrl;
  }
}
