package com.partnershipbot.teams;

import com.partnershipbot.answering.LogText;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POST /api/messages, the Azure Bot's messaging endpoint: checks Microsoft's token and, in
 * single-tenant mode, the activity's tenant; acknowledges with 200 at once and queues the answer.
 * Refused requests get 401 or 403 and nothing is posted; a body that is not an activity gets 400;
 * a delivery already answered is acknowledged and ignored by the queue.
 */
final class MessagesServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(MessagesServlet.class);

  private final transient InboundAuth auth;
  private final transient TenantCheck tenant;
  private final transient ReplyQueue queue;

  MessagesServlet(InboundAuth auth, TenantCheck tenant, ReplyQueue queue) {
    this.auth = auth;
    this.tenant = tenant;
    this.queue = queue;
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String authorization = request.getHeader("Authorization");
    try {
      InboundAuth.bearerToken(authorization);
      byte[] body = HttpBodies.read(request);
      if (body == null) {
        HttpBodies.error(response, 413, "the activity is larger than " + HttpBodies.MAX_BODY_BYTES + " bytes");
        return;
      }
      Activity activity = Activity.parse(body);
      VerifiedCaller caller = auth.verify(authorization, activity);
      tenant.check(activity);
      accept(activity, caller, response);
    } catch (AuthException e) {
      LOG.info("Refused a request to /api/messages ({}): {}", e.status(), LogText.of(e.getMessage()));
      if (e.status() == 401) {
        response.setHeader("WWW-Authenticate", "Bearer");
      }
      HttpBodies.error(response, e.status(), "unauthorized: " + e.getMessage());
    } catch (MalformedActivityException e) {
      LOG.info("Refused a request to /api/messages (400): {}", LogText.of(e.getMessage()));
      HttpBodies.error(response, 400, e.getMessage());
    } catch (KeysUnavailableException e) {
      LOG.warn("Cannot check Bot Framework tokens: {}", e.getMessage());
      HttpBodies.error(response, 503, "cannot check the token right now; try again shortly");
    }
  }

  private void accept(Activity activity, VerifiedCaller caller, HttpServletResponse response) throws IOException {
    if (!queue.offer(activity, caller)) {
      response.setHeader("Retry-After", "5");
      HttpBodies.error(response, 503, "busy; try again shortly");
      return;
    }
    response.setStatus(200);
  }
}
