package vn.tinnhiem.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinnhiem.domain.Ballot;
import vn.tinnhiem.domain.BallotStatus;
import vn.tinnhiem.domain.Mark;
import vn.tinnhiem.domain.Official;
import vn.tinnhiem.domain.Round;
import vn.tinnhiem.domain.RoundKind;
import vn.tinnhiem.domain.RoundState;
import vn.tinnhiem.domain.Rules;
import vn.tinnhiem.i18n.Messages;

/**
 * The chair's first ballot keyed as fast as the rest: once the first screen is out, a thread of low priority keys
 * a few ballots of a made-up round on the keying screen, off screen (its frames go nowhere; nothing is stored),
 * so that the code a key runs is compiled before the chair's first key rather than during the first ballot
 * (whose keys took 5 to 30 ms where later ones take under 1 ms). About a quarter of a second of one core, once.
 *
 * <p>Forty ballots, not a dozen: the warm-up runs while the JVM still compiles the start's code, and a method is
 * compiled only once it has been called more times the longer that queue is; with twelve, the keying screen's own
 * drawing was compiled during the chair's first ballot (seen in the JVM's compilation log), whose keys took half as
 * long again as the tenth's.
 */
final class KeyingWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(KeyingWarmUp.class);
    private static final int OFFICIALS = 50;
    private static final int BALLOTS = 40;

    private KeyingWarmUp() {
    }

    static void start(Messages messages, TerminalSize size) {
        Thread t = new Thread(() -> run(messages, size), "keying-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    static void run(Messages messages, TerminalSize size) {
        long started = System.nanoTime();
        try {
            List<Official> officials = new ArrayList<>();
            for (int i = 1; i <= OFFICIALS; i++) {
                officials.add(new Official(i, i, "Nguyễn Văn Thử " + i, "Ủy viên"));
            }
            Round round = new Round(0, 0, 1, RoundKind.RATING, officials, 1_000, null, RoundState.OPEN,
                    Rules.DEFAULT.formFor(RoundKind.RATING), null);
            EntryScreen screen = EntryScreen.of(messages.get("ui.app.name"), round, List.of(), null);
            Canvas canvas = new Canvas(new FixedSizeTerminal(OutputStream.nullOutputStream(), size.getColumns(),
                    size.getRows()));
            // Written as the chair's frames are, through the same buffered stream, sent nowhere.
            canvas.sendTo(new FrameOutput(OutputStream.nullOutputStream()));
            for (int b = 1; b <= BALLOTS; b++) {
                // The keys as the terminal's bytes, decoded as Lanterna decodes the chair's (its first printable
                // character loads and sets up the JDK's table of Unicode blocks: 5 ms, once).
                StringBuilder typed = new StringBuilder();
                for (int line = 0; line < OFFICIALS; line++) {
                    typed.append((char) ('1' + (b + line) % 3));
                }
                // Read as the terminal's input is, bytes decoded through a reader, so the JDK's decoding is
                // compiled before the chair's first key too, not at about the 250th.
                InputDecoder keys = new InputDecoder(new InputStreamReader(new ByteArrayInputStream(
                        typed.toString().getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8));
                keys.addProfile(new DefaultKeyDecodingProfile());
                List<Mark> marks = new ArrayList<>();
                for (int line = 0; line < OFFICIALS; line++) {
                    KeyStroke key = keys.getNextCharacter(true);
                    screen = (EntryScreen) screen.update(new Msg.Key(key)).state();
                    marks.add(Mark.level(key.getCharacter() - '0'));
                    canvas.begin(size, false);
                    View view = new View(canvas, messages);
                    screen.draw(view);
                    view.footer(screen.footer());
                    canvas.show();
                }
                Ballot ballot = new Ballot(b, b, BallotStatus.VALID, marks, false, null);
                screen = (EntryScreen) screen.update(new Msg.BallotCommitted(ballot)).state();
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("warming up the keying screen: {}", e.toString());
        }
        collectTheStart(started);
    }

    /**
     * Everything the start left on the heap (the file's rounds and ballots read, the store set up, the warm-up's
     * own frames) collected at once, while the chair is still on the first screens: otherwise the first
     * collection comes during the first ballots and copies all of it then, a pause of 15 to 20 ms on one key
     * (later collections, with only a few keys' garbage to copy, take a few).
     */
    private static void collectTheStart(long started) {
        long warmed = System.nanoTime();
        System.gc();
        LOG.info("keying warmed up in {} ms; the start's heap collected in {} ms", (warmed - started) / 1_000_000,
                (System.nanoTime() - warmed) / 1_000_000);
    }
}
