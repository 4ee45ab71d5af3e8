package com.partnershipbot.cli;

import java.io.Writer;
import org.slf4j.Logger;

/** A writer whose every line becomes one error in the log (so JSON logs stay JSON, line by line). */
final class LoggedLines extends Writer {
  private final Logger log;
  private final StringBuilder line = new StringBuilder();

  LoggedLines(Logger log) {
    this.log = log;
  }

  @Override
  public synchronized void write(char[] chars, int offset, int length) {
    for (int i = offset; i < offset + length; i++) {
      char c = chars[i];
      if (c == '\n') {
        emit();
      } else if (c != '\r') {
        line.append(c);
      }
    }
  }

  @Override
  public void flush() {
    // lines are logged as they end
  }

  @Override
  public synchronized void close() {
    emit();
  }

  private void emit() {
    if (!line.isEmpty()) {
      log.error("{}", line);
      line.setLength(0);
    }
  }
}
