package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.BallotStatus;
import vn.tinnhiem.domain.MeetingDetails;
import vn.tinnhiem.domain.OfficialDraft;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.store.Database;

/**
 * Kills a recording copy of tinnhiem at random moments (SIGKILL mostly; now and then SIGTERM as a shutdown sends,
 * SIGHUP as a closed terminal window sends, SIGINT as Ctrl-C sends before the screen traps it), restarts on the
 * same file, and checks that every ballot acknowledged before the kill is there exactly once and that no ballot is
 * half-written.
 *
 * <p>Nothing here depends on how fast the machine is: there is no overall time budget, only generous waits for a
 * child to be ready or to die, and a child that ignores the signal it was sent (every other pair of children is
 * started with HUP, INT and TERM ignored, as under {@code nohup} or a CI runner that ignores them; the JVM keeps an
 * inherited "ignore") is then killed outright, which must lose nothing either. The default suite kills a few
 * times; the long soak runs with {@code mvn -B verify -Psoak} (or {@code -Dtinnhiem.kills=N}).
 */
class KillTest {
    private static final int KILLS = Integer.getInteger("tinnhiem.kills", 6);
    private static final long READY_SECONDS = 180;
    private static final long SIGNAL_GRACE_SECONDS = 10;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedBallotSurvivesAKillExactlyOnce() throws Exception {
        Path db = dir.resolve("kill.db");
        long roundId;
        try (var store = Database.open(db, Harness.CLOCK)) {
            long meeting = store.createMeeting(new MeetingDetails("Kỳ họp thử", "", "", "25/11/2026", 500, 480,
                    List.of())).id();
            var roster = new ArrayList<OfficialDraft>();
            for (int i = 1; i <= 5; i++) {
                roster.add(new OfficialDraft("Nguyễn Văn Thử " + i, "Ủy viên"));
            }
            roundId = store.openRound(meeting, RoundKind.RATING, store.addOfficials(meeting, roster), 100_000).id();
        }
        Random random = new Random(20261125L);
        Set<Integer> acknowledged = new HashSet<>();
        int kills = 0;
        Map<String, Integer> bySignal = new TreeMap<>();
        while (kills < KILLS) {
            Process child = start(db, random.nextLong(), kills / 2 % 2 == 1);
            CountDownLatch ready = new CountDownLatch(1);
            List<Integer> acks = java.util.Collections.synchronizedList(new ArrayList<>());
            Thread reader = new Thread(() -> read(child, ready, acks));
            reader.start();
            assertThat(ready.await(READY_SECONDS, TimeUnit.SECONDS)).as("child ready").isTrue();
            Thread.sleep(50 + random.nextInt(600));
            // Every sixth kill in turn a TERM, a HUP or an INT; the rest SIGKILL. The moment is random.
            String signal = switch (kills % 6) {
                case 1 -> "TERM";
                case 3 -> "HUP";
                case 5 -> "INT";
                default -> "KILL";
            };
            signal(child, signal);
            if (!child.waitFor(SIGNAL_GRACE_SECONDS, TimeUnit.SECONDS)) {
                child.destroyForcibly(); // the signal was ignored (inherited from the parent), or the machine is slow
                signal += "-ignored";
                assertThat(child.waitFor(READY_SECONDS, TimeUnit.SECONDS)).as("child gone after SIGKILL").isTrue();
            }
            bySignal.merge(signal, 1, Integer::sum);
            reader.join(READY_SECONDS * 1000);
            kills++;
            acknowledged.addAll(acks);
            try (var store = Database.open(db, Harness.CLOCK)) {
                List<Ballot> ballots = store.ballots(roundId);
                Set<Integer> numbers = new HashSet<>();
                for (Ballot b : ballots) {
                    assertThat(numbers.add(b.number())).as("ballot %d once", b.number()).isTrue();
                    assertThat(b.marks()).as("ballot %d whole", b.number())
                            .hasSize(b.status() == BallotStatus.VALID ? 5 : 0);
                }
                assertThat(numbers).as("after kill %d", kills).containsAll(acknowledged);
            }
        }
        int found;
        try (var store = Database.open(db, Harness.CLOCK)) {
            found = store.ballots(roundId).size();
        }
        System.out.printf("kill test: %d kills (%d SIGKILL, %d SIGTERM, %d SIGHUP, %d SIGINT%s), %d ballots"
                + " acknowledged, %d found after restart%n", kills, bySignal.getOrDefault("KILL", 0),
                bySignal.getOrDefault("TERM", 0), bySignal.getOrDefault("HUP", 0), bySignal.getOrDefault("INT", 0),
                ignored(bySignal), acknowledged.size(), found);
        assertThat(found).isGreaterThanOrEqualTo(acknowledged.size());
        assertThat(acknowledged).isNotEmpty();
    }

    private static void signal(Process child, String signal) throws Exception {
        if ("KILL".equals(signal)) {
            child.destroyForcibly();
        } else if ("TERM".equals(signal)) {
            child.destroy();
        } else {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(child.pid()))
                    .redirectErrorStream(true).start();
            kill.getInputStream().readAllBytes();
            kill.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String ignored(Map<String, Integer> bySignal) {
        StringBuilder sb = new StringBuilder();
        bySignal.forEach((k, v) -> {
            if (k.endsWith("-ignored")) {
                sb.append(", ").append(v).append(" SIG").append(k).append(" then SIGKILL");
            }
        });
        return sb.toString();
    }

    /** The child, with HUP, INT and TERM ignored from birth when asked (exec keeps both the pid and the "ignore"). */
    private Process start(Path db, long seed, boolean ignoringSignals) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-Dorg.sqlite.tmpdir=" + dir, "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), KillChild.class.getName(), db.toString(),
                Long.toString(seed)));
        if (ignoringSignals) {
            cmd.addAll(0, List.of("sh", "-c", "trap '' HUP INT TERM; exec \"$@\"", "sh"));
        }
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    private static void read(Process child, CountDownLatch ready, List<Integer> acks) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.equals("READY")) {
                    ready.countDown();
                } else if (line.startsWith("ACK ")) {
                    acks.add(Integer.parseInt(line.substring(4).trim()));
                }
            }
        } catch (Exception e) {
            // the child was killed mid-line: what was read before counts
        }
    }
}
