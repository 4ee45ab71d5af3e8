package com.partnershipbot.knowledge;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Decodes a config file strictly as UTF-8, locating the first byte that is not, and dropping a leading BOM. */
final class Utf8Text {
  private Utf8Text() {}

  /** The text, or where decoding failed. */
  record Decoded(String text, Optional<Problem> problem) {}

  /** The line and column of the first byte that is not UTF-8. */
  record Problem(int line, int column, int badByte) {
    ConfigProblem at(String file) {
      return ConfigProblem.error(file, line, column, String.format(
          "not UTF-8 text (byte 0x%02X); save the file with UTF-8 encoding", badByte));
    }
  }

  static Decoded decode(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    String text = out.flip().toString();
    if (result.isError()) {
      return new Decoded(null, Optional.of(locate(text, bytes[in.position()] & 0xFF)));
    }
    return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, Optional.empty());
  }

  private static Problem locate(String before, int badByte) {
    int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
    int column = before.length() - before.lastIndexOf('\n');
    return new Problem(line, column, badByte);
  }
}
