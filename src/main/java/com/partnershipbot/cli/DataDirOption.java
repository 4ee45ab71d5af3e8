package com.partnershipbot.cli;

import com.partnershipbot.env.Env;
import com.partnershipbot.env.Folders;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The --data-dir option: where records and sentence vectors are kept between runs, shared with serve. */
final class DataDirOption {
  @Option(names = "--data-dir", paramLabel = "DIR", description = "Where records and sentence vectors are kept "
      + "between runs (default: $" + Folders.DATA_DIR + ", else " + Folders.DEFAULT_DATA_DIR + ").")
  Path flag;

  Env env = Env.system();

  Path dir() {
    return Folders.dataDir(env, Optional.ofNullable(flag));
  }
}
