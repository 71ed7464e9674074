package vn.tinnhiem.tui;

import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundSettings;

/** How a round's settings read on the chair's screens: the choice when opening, the marks once open. */
final class RoundSettingsView {
    private RoundSettingsView() {
    }

    /**
     * The two choices of the Open-a-round screen, as check boxes on one row, or on two when one row would cut
     * the second (its key with it). Returns the rows used.
     */
    static int draw(View v, RoundSettings s, int row) {
        String rehearsal = v.t("room.open.rehearsal", s.rehearsal() ? "x" : " ");
        String hide = v.t("room.open.hide", s.hideTallies() ? "x" : " ");
        if (rehearsal.length() + 3 + hide.length() <= v.width() - 4) {
            v.text(2, row, rehearsal + "   " + hide);
            return 1;
        }
        v.text(2, row, View.fit(rehearsal, v.width() - 4));
        v.text(2, row + 1, View.fit(hide, v.width() - 4));
        return 2;
    }

    /** " · DIỄN TẬP · ẨN KẾT QUẢ VỚI PHÒNG", or "" for a round with neither, to follow a round's name. */
    static String marks(View v, Round r) {
        StringBuilder sb = new StringBuilder();
        if (r.rehearsal()) {
            sb.append(" · ").append(v.t("room.mark.rehearsal"));
        }
        if (r.settings().counting() != vn.tinnhiem.domain.Counting.BALLOTS) {
            sb.append(" · ").append(v.t("counting.mark." + r.settings().counting().name()));
        }
        if (r.settings().hideTallies()) {
            sb.append(" · ").append(v.t("room.mark.hidden"));
        }
        return sb.toString();
    }
}
