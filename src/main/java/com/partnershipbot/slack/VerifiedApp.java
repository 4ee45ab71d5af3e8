package com.partnershipbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import java.util.List;

/** A Bolt app whose request verification is {@link SignatureCheck} instead of Bolt's charset-dependent one. */
final class VerifiedApp extends App {

  VerifiedApp(AppConfig config) {
    super(config);
  }

  @Override
  protected List<Middleware> buildDefaultMiddlewareList(AppConfig config) {
    List<Middleware> middleware = super.buildDefaultMiddlewareList(config);
    String secret = config.getSigningSecret();
    if (secret != null && !secret.isBlank()) {
      middleware.replaceAll(m -> m instanceof RequestVerification ? new RequestVerification(new SignatureCheck(secret)) : m);
    }
    return middleware;
  }
}
