package vn.tinnhiem.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of a round's tally sheet (biên bản tổng hợp kiểm phiếu) as keyed: ballots issued, collected, valid
 * and invalid, and for each official on the ballot the count of every level and of invalid lines. Counted by hand
 * by the committee; tinnhiem only checks them ({@link ControlTotals}) and takes the result from them.
 */
public record TallySheet(int issued, int collected, int valid, int invalid, List<LineCount> lines) {
    public TallySheet {
        lines = List.copyOf(lines);
    }

    /** A sheet with every number 0, for {@code officials} lines of {@code levels} levels. */
    public static TallySheet blank(int officials, int levels) {
        List<LineCount> lines = new ArrayList<>();
        for (int i = 0; i < officials; i++) {
            lines.add(new LineCount(new long[levels], 0));
        }
        return new TallySheet(0, 0, 0, 0, lines);
    }

    public int officials() {
        return lines.size();
    }

    public int levels() {
        return lines.isEmpty() ? 0 : lines.get(0).levels().length;
    }

    /** The round's count as this sheet gives it: no ballot is voided on a sheet. */
    public Tally tally(RoundKind kind) {
        return new Tally(kind, valid, invalid, 0, lines);
    }

    /** The number in one place of the sheet. */
    public long value(SheetCell cell) {
        if (cell.totals()) {
            return switch (cell.column()) {
                case SheetCell.ISSUED -> issued;
                case SheetCell.COLLECTED -> collected;
                case SheetCell.VALID -> valid;
                case SheetCell.INVALID -> invalid;
                default -> throw new IllegalArgumentException("no total " + cell.column());
            };
        }
        LineCount line = lines.get(cell.row() - 1);
        return cell.column() < levels() ? line.levels()[cell.column()] : line.invalid();
    }

    /** This sheet with one number changed. */
    public TallySheet with(SheetCell cell, long value) {
        if (cell.totals()) {
            int v = Math.toIntExact(value);
            return switch (cell.column()) {
                case SheetCell.ISSUED -> new TallySheet(v, collected, valid, invalid, lines);
                case SheetCell.COLLECTED -> new TallySheet(issued, v, valid, invalid, lines);
                case SheetCell.VALID -> new TallySheet(issued, collected, v, invalid, lines);
                case SheetCell.INVALID -> new TallySheet(issued, collected, valid, v, lines);
                default -> throw new IllegalArgumentException("no total " + cell.column());
            };
        }
        List<LineCount> next = new ArrayList<>(lines);
        LineCount line = next.get(cell.row() - 1);
        long[] levels = line.levels();
        long invalidLines = line.invalid();
        if (cell.column() < levels.length) {
            levels[cell.column()] = value;
        } else {
            invalidLines = value;
        }
        next.set(cell.row() - 1, new LineCount(levels, invalidLines));
        return new TallySheet(issued, collected, valid, invalid, next);
    }

    /** Every place of the sheet in order: the four totals, then each official's levels and invalid lines. */
    public List<SheetCell> cells() {
        List<SheetCell> out = new ArrayList<>();
        for (int c = 0; c < SheetCell.TOTALS; c++) {
            out.add(new SheetCell(0, c));
        }
        for (int row = 1; row <= officials(); row++) {
            for (int c = 0; c <= levels(); c++) {
                out.add(new SheetCell(row, c));
            }
        }
        return out;
    }

    /** The places where two readings of the same sheet differ, in sheet order. */
    public List<SheetCell> differences(TallySheet other) {
        if (other.officials() != officials() || other.levels() != levels()) {
            throw new IllegalArgumentException("two sheets of different shapes");
        }
        return cells().stream().filter(c -> value(c) != other.value(c)).toList();
    }

    /**
     * The numbers in one canonical line, as the audit log and the fingerprint hold them:
     * {@code issued,collected,valid,invalid|l1,l2,l3,bad|…} (one group per official, levels then invalid lines).
     */
    public String encode() {
        StringBuilder s = new StringBuilder().append(issued).append(',').append(collected).append(',').append(valid)
                .append(',').append(invalid);
        for (LineCount line : lines) {
            s.append('|');
            for (long n : line.levels()) {
                s.append(n).append(',');
            }
            s.append(line.invalid());
        }
        return s.toString();
    }

    /** Reads {@link #encode()} back; refused with an {@link IllegalArgumentException} when malformed. */
    public static TallySheet decode(String text) {
        String[] groups = text.split("\\|", -1);
        long[] totals = numbers(groups[0]);
        if (totals.length != SheetCell.TOTALS) {
            throw new IllegalArgumentException("sheet totals: " + groups[0]);
        }
        List<LineCount> lines = new ArrayList<>();
        for (int i = 1; i < groups.length; i++) {
            long[] n = numbers(groups[i]);
            long[] levels = new long[n.length - 1];
            System.arraycopy(n, 0, levels, 0, levels.length);
            lines.add(new LineCount(levels, n[n.length - 1]));
        }
        return new TallySheet((int) totals[0], (int) totals[1], (int) totals[2], (int) totals[3], lines);
    }

    private static long[] numbers(String group) {
        String[] parts = group.split(",", -1);
        long[] out = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Long.parseLong(parts[i]);
            if (out[i] < 0) {
                throw new IllegalArgumentException("negative number on a sheet: " + group);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "TallySheet[" + encode() + "]";
    }
}
