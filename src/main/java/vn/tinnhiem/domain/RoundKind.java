package vn.tinnhiem.domain;

/**
 * The two ballot forms of NQ 96/2023/QH15 and QĐ 96-QĐ/TW. Levels are numbered from 1 in ballot order,
 * which is also the key the counting committee's reader presses.
 */
public enum RoundKind {
    /** Lấy phiếu tín nhiệm: tín nhiệm cao · tín nhiệm · tín nhiệm thấp. */
    RATING(3),
    /** Bỏ phiếu tín nhiệm: tín nhiệm · không tín nhiệm. */
    VOTE(2);

    private final int levels;

    RoundKind(int levels) {
        this.levels = levels;
    }

    public int levels() {
        return levels;
    }

    /** The level whose count raises the flags: "tín nhiệm thấp" in a rating, "không tín nhiệm" in a vote. */
    public int flaggedLevel() {
        return levels;
    }
}
