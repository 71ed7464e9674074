package vn.tinnhiem.i18n;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@code .properties} file in UTF-8 read into its keys and values exactly as {@link java.util.Properties#load}
 * reads it (comments, blank lines, continued lines, the separators, the escapes): a test holds the two equal on
 * every bundle and on any text. Read from the bytes themselves: the file's structure is ASCII, which UTF-8 never
 * uses inside a letter, so each key and value is cut out of the bytes and decoded by the JDK in one call. The
 * JDK's reader decodes and examines a character at a time, through several calls each; for the nine bundles a
 * command reads at start (about 50 KB), mostly before the JVM has compiled any of it, that was most of the
 * messages' set-up.
 */
final class PropertiesText {
    private PropertiesText() {
    }

    static Map<String, String> parse(byte[] b) {
        Map<String, String> out = new HashMap<>();
        Lines lines = new Lines(b);
        for (int len = lines.next(); len >= 0; len = lines.next()) {
            put(out, lines.line, len);
        }
        return out;
    }

    private static void put(Map<String, String> out, byte[] line, int limit) {
        int keyLen = 0;
        int valueStart = limit;
        boolean hasSep = false;
        boolean precedingBackslash = false;
        while (keyLen < limit) {
            byte c = line[keyLen];
            if ((c == '=' || c == ':') && !precedingBackslash) {
                valueStart = keyLen + 1;
                hasSep = true;
                break;
            } else if ((c == ' ' || c == '\t' || c == '\f') && !precedingBackslash) {
                valueStart = keyLen + 1;
                break;
            }
            precedingBackslash = c == '\\' && !precedingBackslash;
            keyLen++;
        }
        while (valueStart < limit) {
            byte c = line[valueStart];
            if (c != ' ' && c != '\t' && c != '\f') {
                if (!hasSep && (c == '=' || c == ':')) {
                    hasSep = true;
                } else {
                    break;
                }
            }
            valueStart++;
        }
        out.put(convert(line, 0, keyLen), convert(line, valueStart, limit - valueStart));
    }

    /** A file's logical lines, one after the other, each into {@link #line}. */
    private static final class Lines {
        private final byte[] b;
        private int at;
        byte[] line;

        Lines(byte[] b) {
            this.b = b;
            this.line = new byte[256];
        }

        /**
         * The next logical line into {@link #line} (comments and blank lines skipped, continued lines joined,
         * leading white space dropped): its length, or -1 at the end. Step for step as the JDK's reader of
         * {@code Properties} (Java 9 and later), edge cases included: a comment is any line begun while nothing
         * is gathered yet, even after a backslash alone; a line continued to the end of the text counts.
         */
        int next() {
            int n = b.length;
            int i = at;
            int len = 0;
            boolean skipWhiteSpace = true;
            boolean appendedLineBegin = false;
            boolean precedingBackslash = false;
            byte[] buf = line;
            while (true) {
                if (i >= n) {
                    at = i;
                    line = buf;
                    if (len == 0) {
                        return -1;
                    }
                    return precedingBackslash ? len - 1 : len;
                }
                byte c = b[i++];
                if (skipWhiteSpace) {
                    if (c == ' ' || c == '\t' || c == '\f') {
                        continue;
                    }
                    if (!appendedLineBegin && (c == '\r' || c == '\n')) {
                        continue;
                    }
                    skipWhiteSpace = false;
                    appendedLineBegin = false;
                }
                if (len == 0 && (c == '#' || c == '!')) {
                    // a comment: the rest of the line and its end
                    while (i < n) {
                        byte x = b[i++];
                        if (x == '\r' || x == '\n') {
                            break;
                        }
                    }
                    skipWhiteSpace = true;
                    continue;
                }
                if (c != '\n' && c != '\r') {
                    if (len == buf.length) {
                        byte[] bigger = new byte[buf.length * 2];
                        System.arraycopy(buf, 0, bigger, 0, len);
                        buf = bigger;
                    }
                    buf[len++] = c;
                    precedingBackslash = c == '\\' && !precedingBackslash;
                } else if (len == 0) {
                    skipWhiteSpace = true;
                } else if (i >= n) {
                    at = i;
                    line = buf;
                    return precedingBackslash ? len - 1 : len;
                } else if (precedingBackslash) {
                    // continued on the next line: the backslash dropped, the next line's leading white space too
                    len--;
                    skipWhiteSpace = true;
                    appendedLineBegin = true;
                    precedingBackslash = false;
                    if (c == '\r' && b[i] == '\n') {
                        i++;
                    }
                } else {
                    at = i;
                    line = buf;
                    return len;
                }
            }
        }
    }

    /** The bytes from {@code off} as text, its escapes read ({@code \t \n \r \f}, {@code \\uXXXX}, any other). */
    private static String convert(byte[] b, int off, int len) {
        int end = off + len;
        int backslash = -1;
        for (int j = off; j < end; j++) {
            if (b[j] == '\\') {
                backslash = j;
                break;
            }
        }
        if (backslash < 0) {
            return new String(b, off, len, StandardCharsets.UTF_8);
        }
        StringBuilder out = new StringBuilder(len);
        int run = off;
        int j = backslash;
        while (j < end) {
            if (b[j] != '\\') {
                j++;
                continue;
            }
            out.append(new String(b, run, j - run, StandardCharsets.UTF_8));
            j++;
            if (j == end) {
                run = j;
                break;
            }
            byte c = b[j++];
            if (c == 'u') {
                if (j + 4 > end) {
                    throw new IllegalArgumentException("Malformed \\uxxxx encoding.");
                }
                int value = 0;
                for (int k = 0; k < 4; k++) {
                    int d = Character.digit(b[j++], 16);
                    if (d < 0) {
                        throw new IllegalArgumentException("Malformed \\uxxxx encoding.");
                    }
                    value = (value << 4) | d;
                }
                out.append((char) value);
                run = j;
            } else if (c == 't' || c == 'r' || c == 'n' || c == 'f') {
                out.append(c == 't' ? '\t' : c == 'r' ? '\r' : c == 'n' ? '\n' : '\f');
                run = j;
            } else {
                run = j - 1; // the character itself, whatever its length in bytes
            }
        }
        out.append(new String(b, run, end - run, StandardCharsets.UTF_8));
        return out.toString();
    }
}
