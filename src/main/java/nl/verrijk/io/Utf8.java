package nl.verrijk.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8, so that binary or mis-encoded input is reported, with the byte where it goes wrong. */
public final class Utf8 {

  private Utf8() {}

  /** Decodes the bytes; throws {@link IllegalArgumentException} naming the first bad byte's offset. */
  public static String decode(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(in, out, true);
    if (r.isError()) {
      throw new IllegalArgumentException(String.format("not UTF-8 text: byte %d (0x%02X) starts no valid UTF-8 "
          + "character", in.position(), bytes[in.position()] & 0xff));
    }
    return out.flip().toString();
  }
}
