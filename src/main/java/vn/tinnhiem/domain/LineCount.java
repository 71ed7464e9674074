package vn.tinnhiem.domain;

import java.util.Arrays;

/** The counts on one official's line: per level (index 0 is level 1) and the invalid lines. */
public record LineCount(long[] levels, long invalid) {
    public LineCount {
        levels = levels.clone();
    }

    public long level(int level) {
        return levels[level - 1];
    }

    public long marked() {
        return Arrays.stream(levels).sum();
    }

    @Override
    public long[] levels() {
        return levels.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LineCount other && other.invalid == invalid && Arrays.equals(other.levels, levels);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(levels) + Long.hashCode(invalid);
    }

    @Override
    public String toString() {
        return "LineCount" + Arrays.toString(levels) + "+" + invalid;
    }
}
