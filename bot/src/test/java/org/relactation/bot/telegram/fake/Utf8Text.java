package org.relactation.bot.telegram.fake;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 bytes read the way TDLib's markup parsers read them: by byte offset (which its error messages report),
 * with a 0 past the end, while counting the UTF-16 length of what has been written.
 */
final class Utf8Text {
    private final byte[] bytes;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int utf16Length;

    Utf8Text(String text) {
        this.bytes = text.getBytes(StandardCharsets.UTF_8);
    }

    int size() {
        return bytes.length;
    }

    /** The byte at {@code index} as 0..255, or 0 beyond the text (TDLib's texts end with a NUL). */
    int at(int index) {
        return index >= 0 && index < bytes.length ? bytes[index] & 0xFF : 0;
    }

    String slice(int from, int to) {
        return new String(bytes, from, Math.max(0, to - from), StandardCharsets.UTF_8);
    }

    /** Copies one byte of the source to the result, counting a UTF-16 unit at each character start. */
    void copy(int c) {
        if ((c & 0xC0) != 0x80) {
            utf16Length += c >= 0xF0 ? 2 : 1;
        }
        out.write(c);
    }

    void appendCodePoint(int codePoint) {
        byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
        out.writeBytes(encoded);
        utf16Length += Character.charCount(codePoint);
    }

    int utf16Length() {
        return utf16Length;
    }

    int resultSize() {
        return out.size();
    }

    int lastResultByte() {
        byte[] written = out.toByteArray();
        return written.length == 0 ? 0 : written[written.length - 1] & 0xFF;
    }

    String result() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String resultFrom(int byteOffset) {
        byte[] written = out.toByteArray();
        return new String(written, byteOffset, written.length - byteOffset, StandardCharsets.UTF_8);
    }

    /** TDLib's is_space, which also takes the terminating NUL for a space. */
    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0 || c == 0x0B;
    }

    static boolean isAlnum(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
