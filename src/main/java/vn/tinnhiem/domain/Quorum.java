package vn.tinnhiem.domain;

/** QĐ 96-QĐ/TW: a rating meeting needs at least two thirds of the members summoned present. */
public final class Quorum {
    private Quorum() {
    }

    public static boolean met(int summoned, int present) {
        return 3L * present >= 2L * summoned;
    }
}
