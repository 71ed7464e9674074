package vn.tinnhiem.domain;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A ballot's marks held as the text the file gives them back in, one digit a line between commas ("2,0,9,1"): the
 * form in which {@code report}, {@code verify}, {@code minutes} and the close read every ballot of a round. The
 * read checks each digit once and keeps the text, rather than making an object a line and a list a ballot (100,000
 * of each for 2,000 ballots of 50, mostly before the JVM has compiled the read); the count takes the digits as
 * they are, and the log's and the fingerprint's writing of the marks ({@link Mark#digits}) is this text itself.
 * Unmodifiable, as every ballot's marks are; equal to any list of the same marks.
 */
public final class MarkCodes extends AbstractList<Mark> implements RandomAccess {
    /** The mark of each code, shared: a level is a value. */
    private static final Mark[] BY_CODE = {Mark.BLANK, Mark.level(1), Mark.level(2), Mark.level(3), Mark.level(4),
        Mark.level(5), Mark.level(6), Mark.level(7), Mark.level(8), Mark.SEVERAL};

    private final String codes;

    private MarkCodes(String codes) {
        this.codes = codes;
    }

    /**
     * The marks of {@code codes} when it is one-digit codes between commas, each a code a form of {@code levels}
     * levels holds (0, 9, or 1 to {@code levels}); {@code null} otherwise, for the caller to read it the long way
     * (and refuse what does not read). The empty text is no marks.
     */
    public static MarkCodes of(String codes, int levels) {
        int n = codes.length();
        if (n % 2 == 0) {
            return n == 0 ? new MarkCodes(codes) : null;
        }
        char highest = (char) ('0' + levels);
        for (int i = 0; i < n; i += 2) {
            char c = codes.charAt(i);
            if (c < '0' || c > '9' || c > highest && c != '9' || i + 1 < n && codes.charAt(i + 1) != ',') {
                return null;
            }
        }
        return new MarkCodes(codes);
    }

    /** The marks as written: one digit a line between commas. */
    public String codes() {
        return codes;
    }

    /** Line {@code i}'s code, 0 to 9, without making its mark. */
    public int code(int i) {
        return codes.charAt(2 * i) - '0';
    }

    @Override
    public Mark get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        return BY_CODE[codes.charAt(2 * index) - '0'];
    }

    @Override
    public int size() {
        return (codes.length() + 1) / 2;
    }
}
