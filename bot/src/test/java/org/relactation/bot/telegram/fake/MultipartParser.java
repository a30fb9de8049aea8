package org.relactation.bot.telegram.fake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A small multipart/form-data reader (RFC 7578), enough for what HTTP clients of the Bot API send. The JDK's
 * HTTP server has none, and a hand-written one keeps the test classpath free of a servlet stack.
 */
final class MultipartParser {
    /** One part: a text field when {@code fileName} is null, else a file. */
    record Part(String name, String fileName, String contentType, byte[] content) {
    }

    private MultipartParser() {
    }

    /** The boundary of a multipart Content-Type, or null when there is none. */
    static String boundary(String contentType) {
        for (String parameter : contentType.split(";")) {
            String trimmed = parameter.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String value = trimmed.substring("boundary=".length());
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value;
            }
        }
        return null;
    }

    static List<Part> parse(byte[] body, String boundary) {
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int position = indexOf(body, delimiter, 0);
        if (position < 0) {
            throw BotApiError.badRequest("can't parse multipart/form-data body");
        }
        while (true) {
            int afterDelimiter = position + delimiter.length;
            if (startsWith(body, afterDelimiter, "--")) {
                return parts;
            }
            int headersStart = skipLineBreak(body, afterDelimiter);
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0) {
                throw BotApiError.badRequest("can't parse multipart/form-data body");
            }
            byte[] nextDelimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
            int contentStart = headersEnd + 4;
            int contentEnd = indexOf(body, nextDelimiter, contentStart);
            if (contentEnd < 0) {
                throw BotApiError.badRequest("can't parse multipart/form-data body");
            }
            // Header values may carry UTF-8 filenames: OkHttp writes them unescaped.
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            parts.add(part(headers, Arrays.copyOfRange(body, contentStart, contentEnd)));
            position = contentEnd + 2;
        }
    }

    private static Part part(String headers, byte[] content) {
        String name = null;
        String fileName = null;
        String contentType = null;
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String header = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (header.equals("content-disposition")) {
                name = dispositionParameter(value, "name");
                fileName = dispositionParameter(value, "filename");
            } else if (header.equals("content-type")) {
                contentType = value;
            }
        }
        if (name == null) {
            throw BotApiError.badRequest("can't parse multipart/form-data body");
        }
        return new Part(name, fileName, contentType, content);
    }

    private static String dispositionParameter(String disposition, String parameter) {
        int index = 0;
        String wanted = parameter + "=";
        while (true) {
            int found = disposition.indexOf(wanted, index);
            if (found < 0) {
                return null;
            }
            char before = found == 0 ? ';' : disposition.charAt(found - 1);
            index = found + wanted.length();
            if (before != ';' && before != ' ') {
                continue;
            }
            if (index < disposition.length() && disposition.charAt(index) == '"') {
                StringBuilder value = new StringBuilder();
                for (int i = index + 1; i < disposition.length(); i++) {
                    char c = disposition.charAt(i);
                    if (c == '\\' && i + 1 < disposition.length()) {
                        value.append(disposition.charAt(++i));
                    } else if (c == '"') {
                        break;
                    } else {
                        value.append(c);
                    }
                }
                // OkHttp percent-escapes quotes and line breaks inside quoted filenames.
                return value.toString().replace("%22", "\"").replace("%0A", "\n").replace("%0D", "\r");
            }
            int end = disposition.indexOf(';', index);
            return disposition.substring(index, end < 0 ? disposition.length() : end).trim();
        }
    }

    private static int skipLineBreak(byte[] body, int position) {
        if (startsWith(body, position, "\r\n")) {
            return position + 2;
        }
        return startsWith(body, position, "\n") ? position + 1 : position;
    }

    private static boolean startsWith(byte[] body, int position, String prefix) {
        byte[] bytes = prefix.getBytes(StandardCharsets.ISO_8859_1);
        if (position + bytes.length > body.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (body[position + i] != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] body, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= body.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (body[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
