package vn.tinnhiem.domain;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What one official's line on a valid ballot carries. Stored as a small integer: 1..k for the level marked,
 * {@link #BLANK_CODE} for no mark and {@link #SEVERAL_CODE} for two or more marks; the last two make the line
 * invalid for that official only (domain rule 3).
 */
public sealed interface Mark {
    int BLANK_CODE = 0;
    int SEVERAL_CODE = 9;

    int code();

    /**
     * {@link #code()} as its one digit ('0' to '9': a level is 1 to 8), the way the log and the fingerprint write
     * it; a character appended costs less than a number written out, for every line of every ballot.
     */
    default char digit() {
        return (char) ('0' + code());
    }

    default boolean isValid() {
        return this instanceof Level;
    }

    /**
     * The marks as their digits between commas ("2,0,9,1"), as the log and the fingerprint write them and the
     * file gives them back. Written byte by byte rather than appended mark by mark: {@code verify} writes every
     * ballot so, mostly before the JVM has compiled it, where each call costs.
     */
    static String digits(List<Mark> marks) {
        if (marks instanceof MarkCodes read) {
            return read.codes(); // read back as this very text
        }
        int n = marks.size();
        if (n == 0) {
            return "";
        }
        byte[] out = new byte[2 * n - 1];
        for (int i = 0; i < n; i++) {
            Mark m = marks.get(i);
            int code = m instanceof Level l ? l.level() : m instanceof Blank ? BLANK_CODE : SEVERAL_CODE;
            out[2 * i] = (byte) ('0' + code);
            if (i > 0) {
                out[2 * i - 1] = ',';
            }
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    /** One level marked, numbered from 1 in ballot order. */
    record Level(int level) implements Mark {
        public Level {
            if (level < 1 || level > 8) {
                throw new IllegalArgumentException("level out of range: " + level);
            }
        }

        @Override
        public int code() {
            return level;
        }
    }

    /** The line carries no mark. */
    record Blank() implements Mark {
        @Override
        public int code() {
            return BLANK_CODE;
        }
    }

    /** The line carries two or more marks. */
    record Several() implements Mark {
        @Override
        public int code() {
            return SEVERAL_CODE;
        }
    }

    Mark BLANK = new Blank();
    Mark SEVERAL = new Several();

    static Mark level(int level) {
        return new Level(level);
    }

    /** Reads a stored code back; refuses codes the given kind cannot hold. */
    static Mark fromCode(int code, RoundKind kind) {
        return fromCode(code, kind.levels());
    }

    /** Reads a stored code back; refuses codes a form of {@code levels} levels cannot hold. */
    static Mark fromCode(int code, int levels) {
        if (code == BLANK_CODE) {
            return BLANK;
        }
        if (code == SEVERAL_CODE) {
            return SEVERAL;
        }
        if (code < 1 || code > levels) {
            throw new Unreadable(Problem.of("error.ballot.mark", code, levels));
        }
        return new Level(code);
    }
}
