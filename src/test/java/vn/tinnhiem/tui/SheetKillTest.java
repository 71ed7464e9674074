package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.Counting;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundSettings;
import vn.tinnhiem.domain.SheetEntry;
import vn.tinnhiem.store.Database;

/**
 * Kills a copy keying a tally sheet in the middle of a pass (SIGKILL, at a random moment), restarts on the same
 * file, and checks that every entry the screen acknowledged is there with exactly the numbers keyed, that the
 * passes run 1, 2, 3… with no gap, and that no entry is half-written (every line and level present) and each has
 * its audit entry. Short: three kills.
 */
class SheetKillTest {
    private static final int KILLS = 3;
    private static final long READY_SECONDS = 180;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedSheetEntrySurvivesAKillWhole() throws Exception {
        Path db = dir.resolve("kill.db");
        long roundId;
        int officials = 6;
        try (var store = Database.open(db, Harness.CLOCK)) {
            long meeting = store.createMeeting(new MeetingDetails("Kỳ họp thử", "", "", "25/11/2026", 60, 50,
                    List.of())).id();
            var roster = new ArrayList<OfficialDraft>();
            for (int i = 1; i <= officials; i++) {
                roster.add(new OfficialDraft("Nguyễn Văn Thử " + i, "Ủy viên"));
            }
            roundId = store.openRound(meeting, RoundKind.RATING, store.addOfficials(meeting, roster), 50,
                    RoundSettings.NORMAL.withCounting(Counting.TALLY_SHEET)).id();
        }
        Random random = new Random(20261126L);
        Map<Integer, String> acknowledged = new TreeMap<>();
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = start(db, random.nextLong());
            CountDownLatch ready = new CountDownLatch(1);
            List<String> acks = java.util.Collections.synchronizedList(new ArrayList<>());
            Thread reader = new Thread(() -> read(child, ready, acks));
            reader.start();
            assertThat(ready.await(READY_SECONDS, TimeUnit.SECONDS)).as("child ready").isTrue();
            Thread.sleep(300 + random.nextInt(900));
            child.destroyForcibly();
            assertThat(child.waitFor(READY_SECONDS, TimeUnit.SECONDS)).as("child gone").isTrue();
            reader.join(READY_SECONDS * 1000);
            for (String ack : acks) {
                String[] parts = ack.split(" ");
                acknowledged.put(Integer.parseInt(parts[0]), parts[1]);
            }
            try (var store = Database.open(db, Harness.CLOCK)) {
                List<SheetEntry> entries = store.sheets().entries(roundId);
                for (int i = 0; i < entries.size(); i++) {
                    assertThat(entries.get(i).pass()).as("passes without a gap").isEqualTo(i + 1);
                }
                for (var ack : acknowledged.entrySet()) {
                    assertThat(entries.get(ack.getKey() - 1).sheet().encode()).as("entry %d", ack.getKey())
                            .isEqualTo(ack.getValue());
                }
                long logged = store.auditLog().stream()
                        .filter(e -> e.kind() == vn.tinnhiem.domain.AuditKind.SHEET_RECORDED).count();
                assertThat(logged).as("one audit entry per sheet entry").isEqualTo(entries.size());
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT e.pass, count(l.line) FROM sheet_entry e "
                         + "LEFT JOIN sheet_line l ON l.entry_id = e.id GROUP BY e.id")) {
                while (rs.next()) {
                    assertThat(rs.getInt(2)).as("entry %d whole", rs.getInt(1)).isEqualTo(officials * 4);
                }
            }
        }
        System.out.printf("sheet kill test: %d kills, %d entries acknowledged%n", KILLS, acknowledged.size());
        assertThat(acknowledged).isNotEmpty();
    }

    private Process start(Path db, long seed) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Dorg.sqlite.tmpdir=" + dir,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                SheetKillChild.class.getName(), db.toString(), Long.toString(seed)).redirectErrorStream(true).start();
    }

    private static void read(Process child, CountDownLatch ready, List<String> acks) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.equals("READY")) {
                    ready.countDown();
                } else if (line.startsWith("ACK ") && line.endsWith(" END")) { // a whole line, not cut by the kill
                    acks.add(line.substring(4, line.length() - 4).trim());
                }
            }
        } catch (Exception e) {
            // the child was killed mid-line: what was read before counts
        }
    }
}
