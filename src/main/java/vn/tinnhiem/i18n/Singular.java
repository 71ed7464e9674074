package vn.tinnhiem.i18n;

import java.util.Map;

/**
 * English counts of one: "1 ballot", not "1 ballots". A message says "{0} ballots"; when the number given is 1,
 * the noun right after its placeholder is made singular before the number goes in. Only the nouns the messages
 * count are known; any other word is left as written. Vietnamese has no plural and never comes here.
 */
final class Singular {
    private static final Map<String, String> NOUNS = Map.ofEntries(Map.entry("ballots", "ballot"),
            Map.entry("officials", "official"), Map.entry("entries", "entry"), Map.entry("lines", "line"),
            Map.entry("names", "name"), Map.entry("readings", "reading"), Map.entry("places", "place"),
            Map.entry("members", "member"), Map.entry("times", "time"), Map.entry("rounds", "round"),
            Map.entry("difference(s)", "difference"), Map.entry("sheets", "sheet"));

    private Singular() {
    }

    /** {@code pattern} with the counted noun after each {@code placeholder} made singular. */
    static String after(String pattern, String placeholder) {
        StringBuilder out = new StringBuilder(pattern.length());
        int from = 0;
        for (int at = pattern.indexOf(placeholder); at >= 0; at = pattern.indexOf(placeholder, from)) {
            int word = at + placeholder.length();
            out.append(pattern, from, word);
            from = word;
            if (word < pattern.length() && pattern.charAt(word) == ' ') {
                int end = word + 1;
                while (end < pattern.length() && wordChar(pattern.charAt(end))) {
                    end++;
                }
                String one = NOUNS.get(pattern.substring(word + 1, end));
                if (one != null) {
                    out.append(' ').append(one);
                    from = end;
                }
            }
        }
        return out.append(pattern, from, pattern.length()).toString();
    }

    private static boolean wordChar(char c) {
        return Character.isLetter(c) || c == '(' || c == ')';
    }
}
