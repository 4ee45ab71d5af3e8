package com.partnershipbot.teams;

import com.partnershipbot.server.Application;
import java.nio.file.Path;

/** The whole bot answering in Teams, with Microsoft's side faked on 127.0.0.1 and its data in a folder of its own. */
record TeamsBot(FakeMicrosoft microsoft, Application app) implements AutoCloseable {

  static TeamsBot start(Path folder) throws Exception {
    FakeMicrosoft microsoft = new FakeMicrosoft();
    try {
      return new TeamsBot(microsoft, microsoft.teamsEnv(folder).start());
    } catch (Exception | Error e) {
      microsoft.close();
      throw e;
    }
  }

  @Override
  public void close() throws Exception {
    try {
      app.close();
    } finally {
      microsoft.close();
    }
  }
}
