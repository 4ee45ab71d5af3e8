package com.partnershipbot.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --data-dir option of commands that match questions: where sentence vectors are kept between runs. */
final class DataDirOption {
  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:DATA_DIR:-./data}",
      description = "Where sentence vectors are kept between runs, shared with serve (default: ${DEFAULT-VALUE}).")
  Path dir;
}
