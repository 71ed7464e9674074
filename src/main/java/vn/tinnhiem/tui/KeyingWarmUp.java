package vn.tinnhiem.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import vn.tinnhiem.store.Store;

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
    static final int OFFICIALS = 50;
    static final int BALLOTS = 40;

    private KeyingWarmUp() {
    }

    static void start(Messages messages, TerminalSize size) {
        Thread t = new Thread(() -> run(messages, size), "keying-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** The warm-up itself; the number of keys it went through (every one of its ballots' unless it failed). */
    static int run(Messages messages, TerminalSize size) {
        long started = System.nanoTime();
        int keys = 0;
        try {
            List<Official> officials = new ArrayList<>();
            for (int i = 1; i <= OFFICIALS; i++) {
                officials.add(new Official(i, i, "Nguyễn Văn Thử " + i, "Ủy viên"));
            }
            Round round = new Round(0, 0, 1, RoundKind.RATING, officials, 1_000, null, RoundState.OPEN,
                    Rules.DEFAULT.formFor(RoundKind.RATING), null);
            // A screen of its own, as the chair's is made, on a terminal of the same size whose keys are put in one
            // at a time and whose frames go nowhere: each key goes the chair's whole way (read and decoded as the
            // terminal's bytes, handled by the app in turn, drawn and written through the same buffered stream),
            // so that what runs once per key (the app's handling, the screen's input, the locks) is compiled before
            // the chair's first ballots too, not at about their 250th and 380th keys (seen in the JVM's log, with a
            // key of 3 to 4 ms at each).
            OneKeyAtATime in = new OneKeyAtATime();
            TerminalScreen screen = new TerminalScreen(new FixedSizeTerminal(new BufferedInputStream(in),
                    OutputStream.nullOutputStream(), size.getColumns(), size.getRows()));
            screen.startScreen();
            App app = new App(screen, messages, new EffectRunner(nothingStored(), messages,
                    Clock.systemDefaultZone(), "", ""));
            app.sendFramesTo(new FrameOutput(OutputStream.nullOutputStream()));
            app.showForWarmUp(EntryScreen.of(messages.get("ui.app.name"), round, List.of(), null));
            for (int b = 1; b <= BALLOTS; b++) {
                List<Mark> marks = new ArrayList<>();
                for (int line = 0; line < OFFICIALS; line++) {
                    char c = (char) ('1' + (b + line) % 3);
                    in.put(c);
                    app.keyed(screen.readInput());
                    marks.add(Mark.level(c - '0'));
                    keys++;
                }
                Ballot ballot = new Ballot(b, b, BallotStatus.VALID, marks, false, null);
                app.showForWarmUp(app.state().update(new Msg.BallotCommitted(ballot)).state());
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("warming up the keying screen: {}", e.toString());
        }
        collectTheStart(started);
        return keys;
    }

    /**
     * The warm-up's keys: one byte when one was put, then nothing ready (so the app reads no burst); at its end
     * when asked for more than was put, which the warm-up never does.
     */
    private static final class OneKeyAtATime extends InputStream {
        private int next = -1;

        void put(char c) {
            next = c;
        }

        @Override
        public int read() {
            int b = next;
            next = -1;
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) {
            if (len == 0) {
                return 0;
            }
            int b = read();
            if (b < 0) {
                return -1;
            }
            buf[off] = (byte) b;
            return 1;
        }

        @Override
        public int available() {
            return next < 0 ? 0 : 1;
        }
    }

    /**
     * The warm-up's store: no meeting, never changed outside; anything else refused (a key typed in the warm-up
     * never reaches the file: its ballots are given to the screen as recorded).
     */
    private static Store nothingStored() {
        // made on the warm-up's thread (a proxy class is generated), not where the warm-up is started
        return (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "meetings" -> List.of();
                    case "changedOutside" -> Optional.empty();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
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
