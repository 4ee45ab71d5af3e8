package com.partnershipbot.slack;

import com.partnershipbot.answering.LogText;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every button click, to the handler whose action id pattern matches. A click the bot knows
 * nothing about (an old message, a forged id) is acknowledged with one log line, instead of the
 * multi-line code suggestion Bolt would log with the caller's text in it.
 */
final class ButtonRouter implements BlockActionHandler {
  static final Pattern ANY = Pattern.compile(".*", Pattern.DOTALL);
  private static final Logger LOG = LoggerFactory.getLogger(ButtonRouter.class);

  private final List<Route> routes;

  /** A pattern of action ids and the handler for them. */
  record Route(Pattern actionIds, BlockActionHandler handler) {}

  ButtonRouter(List<Route> routes) {
    this.routes = List.copyOf(routes);
  }

  @Override
  public Response apply(BlockActionRequest request, ActionContext context) throws IOException, SlackApiException {
    List<BlockActionPayload.Action> actions = request.getPayload().getActions();
    String actionId = actions == null || actions.isEmpty() ? null : actions.get(0).getActionId();
    for (Route route : routes) {
      if (actionId != null && route.actionIds().matcher(actionId).matches()) {
        return route.handler().apply(request, context);
      }
    }
    LOG.info("Ignored a click on a button the bot does not know (action id {})", LogText.of(actionId));
    return context.ack();
  }
}
