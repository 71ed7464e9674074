package vn.tinnhiem.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.i18n.Messages;

/** Why a write failed, as the chair reads it after "Không ghi được vào tệp dữ liệu (…)". */
class RefusalsTest {
    @Test
    void aFileSqliteFindsDamagedIsSaidInTheUsersWords() {
        RuntimeException e = new RuntimeException("wrapped",
                new SQLException("[SQLITE_CORRUPT] The database disk image is malformed (database disk image is malformed)"));
        Object why = Refusals.rootMessage(e);
        assertThat(why).isEqualTo(Problem.of("error.db.damagedRead"));
        assertThat(Messages.vietnamese().get(Problem.of("error.db.failed", why)))
                .isEqualTo("Không ghi được vào tệp dữ liệu (SQLite không đọc được một phần của tệp). "
                        + "Những gì đã ghi trước đó vẫn còn nguyên.")
                .doesNotContain("SQLITE");
    }

    /** A full disk keeps SQLite's words: the screen tells it apart by them (ui.entry.notRecordedFull). */
    @Test
    void anyOtherFailureKeepsSqlitesWords() {
        String full = "[SQLITE_FULL] Insertion failed because database is full (database or disk is full)";
        assertThat(Refusals.rootMessage(new RuntimeException(new SQLException(full)))).isEqualTo(full);
    }
}
