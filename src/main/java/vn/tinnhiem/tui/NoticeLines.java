package vn.tinnhiem.tui;

/**
 * The rows a notice takes when {@link View#notice(Notice, int)} breaks it between words, so a screen can lift what
 * it shows above the notice line and a long notice (in a narrow window, say) is read whole instead of cut.
 */
final class NoticeLines {
    /** Most rows a notice takes on a screen that lifts its bottom lines for it. */
    static final int MAX = 5;

    private NoticeLines() {
    }

    /** 0 without a notice; else 1 to {@code maxRows}, counted as {@code View.notice(notice, maxRows)} lays it. */
    static int rows(View v, Notice notice, int maxRows) {
        if (notice == null) {
            return 0;
        }
        int room = v.width() - 1;
        int lines = 1;
        int length = 0;
        for (String word : v.t(notice.message()).split(" ")) {
            if (length > 0 && length + 1 + word.length() > room && lines < maxRows) {
                lines++;
                length = 0;
            }
            length += (length > 0 ? 1 : 0) + word.length();
        }
        return lines;
    }

    /** The rows above the notice line a screen gives up to it: 0 for none or a one-line notice. */
    static int lift(View v, Notice notice) {
        return Math.max(0, rows(v, notice, MAX) - 1);
    }
}
