package com.partnershipbot.server;

import com.partnershipbot.env.SettingsException;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Says at once, naming PORT, when another program already listens on the bot's port. */
final class PortCheck {
  private PortCheck() {}

  /** Binds and releases the port before anything slow starts; port 0 (any free port) always passes. */
  static void ensureFree(int port) {
    if (port == 0) {
      return;
    }
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(port));
    } catch (IOException e) {
      throw inUse(port);
    }
  }

  /** The failure of a bind, as one sentence; other failures pass through unchanged. */
  static Exception explained(Exception failure, int port) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof BindException) {
        return inUse(port);
      }
    }
    return failure;
  }

  private static SettingsException inUse(int port) {
    return new SettingsException(ServeSettings.PORT + " " + port + " is already in use by another program: stop it, "
        + "or set " + ServeSettings.PORT + " to a free port");
  }
}
