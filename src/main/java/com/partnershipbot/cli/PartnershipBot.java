package com.partnershipbot.cli;

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
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
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
