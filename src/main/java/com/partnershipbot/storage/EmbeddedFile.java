package com.partnershipbot.storage;

import com.partnershipbot.answering.AdminMessage;
import com.partnershipbot.answering.AdminMessage.Signal;
import com.partnershipbot.answering.AdminMessage.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 file behind a {@code jdbc:h2:file:} URL, and what to do when it fails: a corrupt
 * file is moved aside (kept, for H2's Recover tool) so a fresh one can be created, and a folder the
 * bot cannot write is named as such rather than as H2's "Feature not supported: AUTO_SERVER".
 */
final class EmbeddedFile {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedFile.class);
  private static final String PREFIX = "jdbc:h2:file:";
  private static final int FILE_CORRUPTED = 90030;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final Path file;

  private EmbeddedFile(Path file) {
    this.file = file;
  }

  /** The H2 file of this URL, or empty for any other database. */
  static Optional<EmbeddedFile> of(String jdbcUrl) {
    if (!jdbcUrl.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String base = jdbcUrl.substring(PREFIX.length()).split(";", 2)[0];
    return Optional.of(new EmbeddedFile(Path.of(base + ".mv.db")));
  }

  Path folder() {
    return file.toAbsolutePath().getParent();
  }

  /** True when H2 says the file is corrupt. */
  static boolean isCorruption(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getErrorCode() == FILE_CORRUPTED
          || cause.getClass().getName().equals("org.h2.mvstore.MVStoreException")
          && String.valueOf(cause.getMessage()).contains("corrupt")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Renames the corrupt file to {@code *.mv.db.corrupt-<time>} and says so loudly; returns the
   * notice for the admins, or empty if the file could not be moved.
   */
  Optional<AdminMessage> moveAside() {
    Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + LocalDateTime.now().format(STAMP));
    try {
      Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
      LOG.error("THE RECORDS DATABASE WAS CORRUPT: moved {} aside to {} and started a fresh one; earlier questions "
          + "and votes are only in the moved file (H2's Recover tool may rescue them)", file, aside.getFileName());
      return Optional.of(AdminMessage.titled("The records database was corrupt").marked(Signal.WARNING)
          .line(Text.plain("I moved it aside to ").thenCode(aside.toAbsolutePath().toString())
              .then(" and started a fresh one. Answering was not affected."))
          .line(Text.plain("Earlier questions and votes are only in the moved file; H2's Recover tool may "
              + "rescue them, so ").thenCode("admin unanswered").then(" and ").thenCode("admin feedback")
              .then(" count from now on.")));
    } catch (IOException e) {
      LOG.error("The records database {} is corrupt and cannot be moved aside ({}); move or delete it by hand",
          file, e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  /** A plain reason when the folder (or the file in it) cannot be written; empty otherwise. */
  Optional<String> readOnlyReason(Throwable failure) {
    Path folder = folder();
    boolean readOnly = Files.isDirectory(folder) && !Files.isWritable(folder)
        || Files.exists(file) && !Files.isWritable(file)
        || String.valueOf(StorageUnavailableException.reason(failure)).contains("AUTO_SERVER");
    return readOnly ? Optional.of("the data folder " + folder + " is read-only: give the bot write access to it, "
        + "or set DATA_DIR to a folder it can write") : Optional.empty();
  }
}
