package com.partnershipbot.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An encoder's model as the jar holds it, kept unpacked in the data directory with its id, so a
 * restart reads a plain file instead of inflating 20 to 35 MB from the jar and hashing it again.
 * The file's name carries the jar entries' checksums, so another jar's model is never taken for
 * it, and a file whose size or CRC-32 differs from the jar's entry is read from the jar instead.
 */
final class UnpackedModel {
  private static final Logger LOG = LoggerFactory.getLogger(UnpackedModel.class);
  static final String FOLDER = "encoder-models";

  private final Path onnx;
  private final Path id;
  private final String versionsPrefix;
  private final Entry expected;

  private UnpackedModel(Path onnx, Path id, String versionsPrefix, Entry expected) {
    this.onnx = onnx;
    this.id = id;
    this.versionsPrefix = versionsPrefix;
    this.expected = expected;
  }

  /** Where {@code which} is kept under {@code dataDir}; empty when the model is not read from a jar. */
  static Optional<UnpackedModel> in(Path dataDir, OnnxEmbedder.Model which) {
    Optional<Entry> model = entry(which.onnx());
    Optional<Entry> tokenizer = entry(which.tokenizer());
    if (model.isEmpty() || tokenizer.isEmpty()) {
      return Optional.empty();
    }
    String name = which.name() + "-" + model.get() + "-" + tokenizer.get();
    Path folder = dataDir.resolve(FOLDER);
    return Optional.of(new UnpackedModel(folder.resolve(name + ".onnx"), folder.resolve(name + ".id"),
        which.name() + "-", model.get()));
  }

  /** The model and its id, when both were kept whole; else empty. */
  Optional<Saved> read() {
    try {
      if (!Files.isRegularFile(onnx) || !Files.isRegularFile(id)) {
        return Optional.empty();
      }
      String modelId = Files.readString(id, StandardCharsets.UTF_8).strip();
      try (FileChannel channel = FileChannel.open(onnx, StandardOpenOption.READ)) {
        if (modelId.isEmpty() || channel.size() != expected.size()) {
          return Optional.empty();
        }
        ByteBuffer model = ByteBuffer.allocateDirect(Math.toIntExact(channel.size()));
        while (model.hasRemaining() && channel.read(model) >= 0) {
          // reads until full
        }
        model.flip();
        CRC32 crc = new CRC32();
        crc.update(model.duplicate());
        return crc.getValue() == expected.crc() ? Optional.of(new Saved(model, modelId)) : Optional.empty();
      }
    } catch (IOException | UncheckedIOException | ArithmeticException e) {
      LOG.warn("Cannot read the unpacked model {} ({}); reading it from the jar instead", onnx, e.toString());
      return Optional.empty();
    }
  }

  /** Keeps {@code model} and its id for the next start, replacing other versions; a failure only costs that start time. */
  void save(ByteBuffer model, String modelId) {
    try {
      Path folder = Files.createDirectories(onnx.getParent());
      try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, path -> path.getFileName().toString()
          .startsWith(versionsPrefix))) {
        for (Path file : old) {
          Files.deleteIfExists(file);
        }
      }
      Path modelTemp = Files.createTempFile(folder, "model", ".tmp");
      try (FileChannel channel = FileChannel.open(modelTemp, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = model.duplicate();
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
      }
      Path idTemp = Files.createTempFile(folder, "model", ".tmp");
      Files.writeString(idTemp, modelId, StandardCharsets.UTF_8);
      Files.move(modelTemp, onnx, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      Files.move(idTemp, id, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("Could not keep the unpacked model in {} ({}); the next start reads it from the jar again",
          onnx.getParent(), e.toString());
    }
  }

  /** A model read back, in native memory, and its id. */
  record Saved(ByteBuffer model, String modelId) {}

  /** A jar entry's CRC-32 and size. */
  private record Entry(long crc, long size) {
    @Override
    public String toString() {
      return Long.toHexString(crc) + Long.toHexString(size);
    }
  }

  /** The jar entry's CRC-32 and size, from the jar's directory (nothing is inflated); empty outside a jar. */
  private static Optional<Entry> entry(String resource) {
    URL url = UnpackedModel.class.getResource(resource);
    if (url == null) {
      return Optional.empty();
    }
    try {
      URLConnection connection = url.openConnection();
      if (!(connection instanceof JarURLConnection jar)) {
        return Optional.empty();
      }
      jar.setUseCaches(true);
      JarEntry entry = jar.getJarEntry();
      return entry == null || entry.getCrc() < 0 || entry.getSize() < 0 ? Optional.empty()
          : Optional.of(new Entry(entry.getCrc(), entry.getSize()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
