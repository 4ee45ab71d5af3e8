package com.partnershipbot.matching;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentence vectors saved in one file, so a restart need not encode the whole FAQ again. Each
 * vector is stored under a hash of the model id and the exact sentence; the header names the
 * model, and a checksum closes the file. A file that is missing gives nothing; one that cannot be
 * read, is damaged or was written for another model is ignored with one log line (it is then
 * written anew). Files are written to a temporary file and moved into place, so a reader never
 * sees half of one.
 */
final class VectorFile {
  static final String NAME = "sentence-vectors.bin";

  private static final Logger LOG = LoggerFactory.getLogger(VectorFile.class);
  private static final int MAGIC = 0x50425643;
  private static final int FORMAT = 1;
  private static final int MAX_DIMENSIONS = 8192;

  private VectorFile() {}

  /** Where a sentence's vector is filed: the first 128 bits of SHA-256 over model id and sentence. */
  record Key(long high, long low) {
    static Key of(String modelId, String sentence) {
      MessageDigest sha = sha256();
      sha.update(modelId.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      ByteBuffer digest = ByteBuffer.wrap(sha.digest(sentence.getBytes(StandardCharsets.UTF_8)));
      return new Key(digest.getLong(), digest.getLong());
    }
  }

  /** The saved vectors for {@code modelId}, or empty when there is no usable file. */
  static Optional<Map<Key, float[]>> read(Path file, String modelId) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | OutOfMemoryError e) {
      return ignored(file, "it cannot be read: " + e);
    }
    try {
      return parse(ByteBuffer.wrap(bytes), modelId).map(Optional::of)
          .orElseGet(() -> ignored(file, "it was written for another sentence encoder"));
    } catch (DamagedException | BufferUnderflowException | IllegalArgumentException e) {
      return ignored(file, "it is damaged (" + e.getMessage() + ")");
    }
  }

  /** The vectors for {@code modelId} in a class-path resource, or empty when there is none or it is for another model. */
  static Optional<Map<Key, float[]>> readResource(String name, String modelId) {
    byte[] bytes;
    try (InputStream in = VectorFile.class.getResourceAsStream(name)) {
      if (in == null) {
        return Optional.empty();
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      return ignoredResource(name, "it cannot be read: " + e);
    }
    try {
      return parse(ByteBuffer.wrap(bytes), modelId);
    } catch (DamagedException | BufferUnderflowException | IllegalArgumentException e) {
      return ignoredResource(name, "it is damaged (" + e.getMessage() + ")");
    }
  }

  /** Replaces the file with these vectors; false (and one log line) when that fails. */
  static boolean write(Path file, String modelId, Map<Key, float[]> vectors) {
    Path temp = null;
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, "." + NAME, ".tmp");
      readableByAll(temp);
      try (OutputStream out = Files.newOutputStream(temp)) {
        writeTo(out, modelId, vectors);
      }
      moveIntoPlace(temp, file);
      return true;
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not save sentence vectors to {} ({}); they will be encoded again on the next start", file,
          e.toString());
      deleteQuietly(temp);
      return false;
    }
  }

  private static void writeTo(OutputStream file, String modelId, Map<Key, float[]> vectors) throws IOException {
    int dimensions = vectors.values().stream().findFirst().map(v -> v.length).orElse(0);
    CRC32 crc = new CRC32();
    DataOutputStream out = new DataOutputStream(new CheckedOutputStream(new BufferedOutputStream(file, 1 << 16), crc));
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    out.writeUTF(modelId);
    out.writeInt(dimensions);
    out.writeInt(vectors.size());
    ByteBuffer row = ByteBuffer.allocate(16 + 4 * dimensions);
    for (Map.Entry<Key, float[]> entry : vectors.entrySet()) {
      row.clear();
      row.putLong(entry.getKey().high()).putLong(entry.getKey().low());
      row.asFloatBuffer().put(entry.getValue());
      out.write(row.array());
    }
    out.flush();
    new DataOutputStream(file).writeLong(crc.getValue());
    file.flush();
  }

  private static Optional<Map<Key, float[]>> parse(ByteBuffer in, String modelId) throws DamagedException {
    if (in.remaining() < 8 + 8 || in.getInt() != MAGIC || in.getInt() != FORMAT) {
      throw new DamagedException("not a sentence vector file of this version");
    }
    checkSum(in);
    byte[] id = new byte[Short.toUnsignedInt(in.getShort())];
    in.get(id);
    if (!modelId.equals(new String(id, StandardCharsets.UTF_8))) {
      return Optional.empty();
    }
    int dimensions = in.getInt();
    int count = in.getInt();
    long rowBytes = 16L + 4L * dimensions;
    if (dimensions <= 0 || dimensions > MAX_DIMENSIONS || count < 0 || count * rowBytes != in.remaining() - 8L) {
      throw new DamagedException("its size does not match its header");
    }
    Map<Key, float[]> vectors = new HashMap<>(count * 2);
    for (int i = 0; i < count; i++) {
      Key key = new Key(in.getLong(), in.getLong());
      float[] vector = new float[dimensions];
      in.asFloatBuffer().get(vector);
      in.position(in.position() + 4 * dimensions);
      vectors.put(key, vector);
    }
    return Optional.of(vectors);
  }

  /** Compares the CRC-32 of everything before the last eight bytes with the value stored there. */
  private static void checkSum(ByteBuffer in) throws DamagedException {
    int end = in.limit() - 8;
    CRC32 crc = new CRC32();
    crc.update(in.array(), 0, end);
    if (crc.getValue() != in.getLong(end)) {
      throw new DamagedException("its checksum does not match");
    }
  }

  /** Temporary files are private to their owner; this one becomes a plain file others may read, like the config. */
  private static void readableByAll(Path temp) throws IOException {
    if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  private static void moveIntoPlace(Path temp, Path file) throws IOException {
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static <T> Optional<T> ignored(Path file, String why) {
    LOG.warn("Ignoring saved sentence vectors in {}: {}; encoding the sentences again and saving them anew", file, why);
    return Optional.empty();
  }

  private static <T> Optional<T> ignoredResource(String name, String why) {
    LOG.warn("Ignoring the sentence vectors in {} inside the jar: {}; encoding the sentences instead", name, why);
    return Optional.empty();
  }

  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      LOG.debug("could not delete {}", temp, e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The file's bytes are not what this class writes. */
  private static final class DamagedException extends Exception {
    DamagedException(String message) {
      super(message);
    }
  }
}
