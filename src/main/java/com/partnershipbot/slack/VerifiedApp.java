package com.partnershipbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import java.util.List;

/**
 * A Bolt app that leaves request verification to {@link SlackEventsServlet}, which checks every
 * HTTP request with {@link SignatureCheck} before Bolt sees it (Bolt's own check depends on the
 * JVM's charset, and checking twice doubles the cost); Socket Mode requests carry no signature.
 */
final class VerifiedApp extends App {

  VerifiedApp(AppConfig config) {
    super(config);
  }

  @Override
  protected List<Middleware> buildDefaultMiddlewareList(AppConfig config) {
    List<Middleware> middleware = super.buildDefaultMiddlewareList(config);
    middleware.removeIf(RequestVerification.class::isInstance);
    return middleware;
  }
}
