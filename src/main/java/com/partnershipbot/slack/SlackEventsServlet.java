package com.partnershipbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's servlet for /slack/events, reading bodies as UTF-8 (Slack does not always name a charset)
 * and answering 400, not 500, to a body that is not a Slack payload at all. The body is left for
 * Bolt to read: nothing here touches it.
 */
final class SlackEventsServlet extends SlackAppServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(SlackEventsServlet.class);

  SlackEventsServlet(App app) {
    super(app);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (request.getCharacterEncoding() == null) {
      request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    }
    try {
      super.doPost(request, response);
    } catch (RuntimeException e) {
      if (response.isCommitted()) {
        throw e;
      }
      LOG.info("Refused a request that is not a Slack payload ({})", e.getClass().getSimpleName());
      response.reset();
      response.setStatus(400);
      response.setContentType("application/json");
      response.getWriter().write("{\"error\":\"invalid request\"}");
    }
  }
}
