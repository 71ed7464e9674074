package vn.tinnhiem.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.BallotDraft;
import vn.tinnhiem.domain.CommitteeMember;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.Problem;

/** A real SQLite file in a temporary folder, opened through {@link Database} with a fixed clock. */
abstract class StoreTestSupport {
    /** 09:30:15 in Hà Nội on 5 March 2026. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T02:30:15Z"), ZoneOffset.ofHours(7));

    @TempDir
    Path dir;
    Path file;
    JdbiStore store;

    @BeforeEach
    void openStore() {
        file = dir.resolve("hoi-nghi.tinnhiem");
        store = Database.open(file, CLOCK);
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    /** Closes the store and opens the file again, as the next day's session would. */
    void reopen() {
        store.close();
        store = null;
        store = Database.open(file, CLOCK);
    }

    static MeetingDetails details(String title) {
        return new MeetingDetails(title, "HĐND tỉnh Nghệ An", "Hội trường A", "05/03/2026", 60, 58, List.of(
                new CommitteeMember("Nguyễn Thị Hoa", "Trưởng ban"),
                new CommitteeMember("Trần Văn Nam", "Thành viên")));
    }

    Meeting meeting() {
        return store.createMeeting(details("Kỳ họp thứ 12 HĐND tỉnh khóa XVIII"));
    }

    List<Official> roster(long meetingId, int n) {
        List<OfficialDraft> drafts = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            drafts.add(new OfficialDraft("Người số " + i, "Chức vụ " + i));
        }
        return store.addOfficials(meetingId, drafts);
    }

    static BallotDraft draft(int lines, Mark... marks) {
        BallotDraft d = BallotDraft.empty(lines);
        for (Mark m : marks) {
            d = d.mark(m);
        }
        return d;
    }

    static BallotDraft wholeInvalid(int lines) {
        return BallotDraft.empty(lines).invalidate();
    }

    static Mark level(int level) {
        return Mark.level(level);
    }

    static StoreException assertRefused(String key, Executable call, Object... args) {
        StoreException e = assertThrows(StoreException.class, call);
        assertEquals(key, e.problem().key(), () -> "problem: " + e.problem());
        if (args.length > 0) {
            assertEquals(Problem.of(key, args), e.problem());
        }
        return e;
    }

    /** A plain sqlite-jdbc connection to the same file, bypassing the store entirely. */
    Connection plainConnection() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }
}
