package com.partnershipbot.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The partnership-bot command line: serve the bot, ask it a question, check and measure the config. */
@Command(
    name = "partnership-bot",
    mixinStandardHelpOptions = true,
    version = "Partnership Bot 1.0",
    description = "Curated answers about the OpenAI and Microsoft partnership, for Slack and Microsoft Teams.",
    subcommands = {ServeCommand.class, AskCommand.class, ValidateCommand.class, EvalCommand.class,
        ReportCommand.class})
public final class PartnershipBot implements Runnable {
  /**
   * Lucene 9.12 tells every Java 23+ user to upgrade Lucene for the Vector API; the bot stays on
   * 9.12 because it runs on Java 17, so that notice is noise. Held here so the level sticks.
   */
  private static final Logger LUCENE_VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
    System.exit(commandLine().execute(args));
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
