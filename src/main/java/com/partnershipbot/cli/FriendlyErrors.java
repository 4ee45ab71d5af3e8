package com.partnershipbot.cli;

import com.partnershipbot.knowledge.ConfigProblem;
import com.partnershipbot.knowledge.InvalidConfigException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints what went wrong in a sentence instead of a stack trace. */
final class FriendlyErrors implements IExecutionExceptionHandler {
  static final int CONFIG_ERROR = 1;
  static final int FAILURE = 2;

  @Override
  public int handleExecutionException(Exception failure, CommandLine line, ParseResult parsed) {
    if (failure instanceof InvalidConfigException invalid) {
      line.getErr().println("The config has problems:");
      invalid.problems().stream().map(ConfigProblem::format).forEach(line.getErr()::println);
      return CONFIG_ERROR;
    }
    if (failure instanceof UserFacingException userFacing) {
      line.getErr().println(userFacing.getMessage());
      return userFacing.exitCode();
    }
    String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    line.getErr().println("partnership-bot: " + message);
    return FAILURE;
  }
}
