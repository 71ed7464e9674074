package vn.tinnhiem.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small canonical text form for rules: {@code key=value} pairs joined by ';', lists joined by '|', with
 * backslash escapes. Stored in the database and fed to the round's fingerprint, so it never depends on locale.
 */
final class Encoding {
    private Encoding() {
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\s").replace("|", "\\p");
    }

    static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                out.append(n == 's' ? ';' : n == 'p' ? '|' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String list(List<String> items) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append('|');
            }
            out.append(escape(items.get(i)));
        }
        return out.toString();
    }

    static List<String> list(String encoded) {
        List<String> out = new ArrayList<>();
        if (encoded.isEmpty()) {
            return out;
        }
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '\\' && i + 1 < encoded.length()) {
                cur.append(c).append(encoded.charAt(++i));
            } else if (c == '|') {
                out.add(unescape(cur.toString()));
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(unescape(cur.toString()));
        return out;
    }

    static Map<String, String> pairs(String encoded) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : encoded.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return out;
    }

    static Threshold threshold(String s) {
        return s == null || s.isEmpty() ? null : Threshold.parse(s).value();
    }
}
