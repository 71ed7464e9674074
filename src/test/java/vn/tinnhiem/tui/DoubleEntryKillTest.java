package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.Counting;
import vn.tinnhiem.domain.DoubleEntry;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.Reading;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundSettings;
import vn.tinnhiem.domain.SerialState;
import vn.tinnhiem.store.Database;

/**
 * Kills a copy keying a double-entry round (SIGKILL) at random moments in the middle of its passes, restarts on
 * the same file, and checks that every reading acknowledged is there exactly once, and that the ballots counted are
 * exactly one per settled serial, each the reading that settled it: a reading and its ballot are never apart. Short
 * by default, like {@link KillTest}; {@code -Dtinnhiem.kills=N} for more.
 */
class DoubleEntryKillTest {
    private static final int KILLS = Math.max(2, Integer.getInteger("tinnhiem.kills", 6) / 2);
    private static final long READY_SECONDS = 180;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedReadingSurvivesAKillWithItsBallot() throws Exception {
        Path db = dir.resolve("kill.db");
        long roundId;
        try (var store = Database.open(db, Harness.CLOCK)) {
            long meeting = store.createMeeting(new MeetingDetails("Kỳ họp thử", "", "", "25/11/2026", 500, 480,
                    List.of())).id();
            var roster = new ArrayList<OfficialDraft>();
            for (int i = 1; i <= 5; i++) {
                roster.add(new OfficialDraft("Nguyễn Văn Thử " + i, "Ủy viên"));
            }
            roundId = store.openRound(meeting, RoundKind.RATING, store.addOfficials(meeting, roster), 100_000,
                    RoundSettings.NORMAL.withCounting(Counting.DOUBLE_ENTRY)).id();
        }
        Random random = new Random(20261126L);
        Set<String> acknowledged = new HashSet<>();
        for (int kill = 0; kill < KILLS; kill++) {
            String javaBin = ProcessHandle.current().info().command().orElse("java");
            Process child = new ProcessBuilder(javaBin, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                    "-Dorg.sqlite.tmpdir=" + dir, "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                    "-cp", System.getProperty("java.class.path"), DoubleEntryKillChild.class.getName(), db.toString(),
                    Long.toString(random.nextLong())).redirectErrorStream(true).start();
            CountDownLatch ready = new CountDownLatch(1);
            List<String> acks = java.util.Collections.synchronizedList(new ArrayList<>());
            Thread reader = new Thread(() -> read(child, ready, acks));
            reader.start();
            assertThat(ready.await(READY_SECONDS, TimeUnit.SECONDS)).as("child ready").isTrue();
            Thread.sleep(1000 + random.nextInt(1500));
            child.destroyForcibly();
            assertThat(child.waitFor(READY_SECONDS, TimeUnit.SECONDS)).as("child gone").isTrue();
            reader.join(READY_SECONDS * 1000);
            acknowledged.addAll(acks);
            try (var store = Database.open(db, Harness.CLOCK)) {
                List<Reading> readings = store.readings().readings(roundId);
                Set<String> kept = new HashSet<>();
                for (Reading r : readings) {
                    assertThat(kept.add(r.serial() + " " + r.pass())).as("reading %d/%d once", r.serial(), r.pass())
                            .isTrue();
                }
                assertThat(kept).as("after kill %d", kill + 1).containsAll(acknowledged);
                var serials = store.readings().ballotSerials(roundId);
                List<Ballot> ballots = store.ballots(roundId);
                int settled = 0;
                for (SerialState s : DoubleEntry.states(readings, DoubleEntryKillChild.NUMBERED).values()) {
                    if (s.settled().isPresent()) {
                        settled++;
                        Ballot b = ballots.stream().filter(x -> s.serial() == serials.getOrDefault(x.number(), -1))
                                .findFirst().orElseThrow(() -> new AssertionError("no ballot for " + s.serial()));
                        assertThat(b.marks()).isEqualTo(s.settled().get().marks());
                    }
                }
                assertThat(ballots).hasSize(settled);
            }
        }
        System.out.printf("double-entry kill test: %d kills, %d readings acknowledged%n", KILLS, acknowledged.size());
        assertThat(acknowledged).isNotEmpty();
    }

    private static void read(Process child, CountDownLatch ready, List<String> acks) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.equals("READY")) {
                    ready.countDown();
                } else if (line.startsWith("ACK ")) {
                    acks.add(line.substring(4).trim());
                }
            }
        } catch (Exception e) {
            // the child was killed mid-line: what was read before counts
        }
    }
}
