package com.partnershipbot.storage;

/** The database could not be read or written; the message says which database and why, in one line. */
public final class StorageUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StorageUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  static StorageUnavailableException of(DatabaseSettings settings, Throwable cause) {
    return new StorageUnavailableException("the database (" + settings.description() + ") is not available: "
        + reason(cause), cause);
  }

  /** The innermost cause's first line: usually the one that says what is wrong. */
  static String reason(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.strip().lines().findFirst().orElse(message);
  }
}
