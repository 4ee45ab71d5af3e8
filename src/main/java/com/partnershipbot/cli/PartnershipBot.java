package com.partnershipbot.cli;

import com.partnershipbot.env.LogFormat;
import java.io.PrintWriter;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The partnership-bot command line: serve the bot, ask it a question, check and measure the config. */
@Command(
    name = "partnership-bot",
    mixinStandardHelpOptions = true,
    version = "Partnership Bot 1.0",
    description = "Curated answers about the OpenAI and Microsoft partnership, for Slack and Microsoft Teams.",
    subcommands = {ServeCommand.class, AskCommand.class, ValidateCommand.class, EvalCommand.class,
        ReportCommand.class, WarmUpCommand.class})
public final class PartnershipBot implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /**
   * Library output through java.util.logging (Lucene, Tyrus) goes to the same log as everything
   * else; with LOG_FORMAT=json, so do the command line's own error messages, one JSON line each.
   */
  public static void main(String[] args) {
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    CommandLine line = commandLine();
    if (LogFormat.JSON.equals(LogFormat.of(System.getenv(LogFormat.VARIABLE)))) {
      line.setErr(new PrintWriter(new LoggedLines(LoggerFactory.getLogger("partnership-bot")), true));
    }
    System.exit(line.execute(args));
  }

  /** The configured command line, shared by main and tests. */
  public static CommandLine commandLine() {
    CommandLine line = new CommandLine(new PartnershipBot());
    line.setExecutionExceptionHandler(new FriendlyErrors());
    return line;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
