package com.partnershipbot.slack;

import com.partnershipbot.answering.DeliveryLog;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.model.event.Event;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs an event handler once per Slack event id. Slack re-delivers events it thinks were not
 * acknowledged (X-Slack-Retry-Num); a re-delivery is acknowledged and otherwise ignored. While it
 * runs, log lines carry the platform and the event id (MDC {@code platform}, {@code event_id}).
 */
final class OnceOnly<E extends Event> implements BoltEventHandler<E> {
  private static final Logger LOG = LoggerFactory.getLogger(OnceOnly.class);
  private static final String NAME = SlackBot.NAME;
  private final DeliveryLog deliveries;
  private final BoltEventHandler<E> handler;

  OnceOnly(DeliveryLog deliveries, BoltEventHandler<E> handler) {
    this.deliveries = deliveries;
    this.handler = handler;
  }

  @Override
  public Response apply(EventsApiPayload<E> payload, EventContext context) throws IOException, SlackApiException {
    String eventId = payload.getEventId();
    try (MDC.MDCCloseable platform = MDC.putCloseable("platform", NAME);
         MDC.MDCCloseable event = MDC.putCloseable("event_id", eventId == null ? "" : eventId)) {
      if (eventId != null && !deliveries.claim("slack:" + eventId)) {
        LOG.info("Ignored a repeated delivery of Slack event {} (retry {})", eventId, context.getRetryNum());
        return context.ack();
      }
      return handler.apply(payload, context);
    }
  }
}
