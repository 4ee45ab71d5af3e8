package com.partnershipbot.testing;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/** Records every log event of the whole process while open, to check what a request left in the log. */
public final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {
  private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();

  private LogCapture() {}

  public static LogCapture open() {
    LogCapture capture = new LogCapture();
    capture.setContext((ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory());
    capture.start();
    root().addAppender(capture);
    return capture;
  }

  @Override
  protected void append(ILoggingEvent event) {
    events.add(event);
  }

  /** Every message logged so far, formatted, with the logger's short name first. */
  public List<String> lines() {
    return events.stream().map(e -> e.getLevel() + " " + shortName(e.getLoggerName()) + " - " + e.getFormattedMessage())
        .toList();
  }

  /** Messages that carry a stack trace or span more than one line: what must never come from a request. */
  public List<String> noise() {
    return events.stream().filter(e -> e.getThrowableProxy() != null || e.getFormattedMessage().contains("\n")
        || e.getFormattedMessage().contains("\r")).map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()
        + (e.getThrowableProxy() == null ? "" : " [" + e.getThrowableProxy().getClassName() + "]")).toList();
  }

  /** Every event logged so far, with its MDC. */
  public List<ILoggingEvent> events() {
    return List.copyOf(events);
  }

  public void clear() {
    events.clear();
  }

  @Override
  public void close() {
    root().detachAppender(this);
    stop();
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  private static String shortName(String logger) {
    return logger.substring(logger.lastIndexOf('.') + 1);
  }
}
