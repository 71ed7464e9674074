package vn.tinnhiem.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A program on a pseudo-terminal of its own ({@code script}), typed into as a chair types: a key's bytes go in, and
 * the time until the first bytes of the frame it causes come out is its latency, pseudo-terminal included, the
 * same for tinnhiem and for its anchor. Plays the terminal's part that {@code script} does not: Lanterna asks where
 * the cursor went (ESC [ 6 n) to learn the size; a real terminal answers at once, here 36 rows × 120 columns.
 */
final class Pty implements AutoCloseable {
    private static final byte[] ASK = {0x1b, '[', '6', 'n'};
    private static final int SHOWN = 16_384;

    private final Process process;
    private final OutputStream keys;
    /** When each chunk of output arrived ({@link System#nanoTime()}). */
    private final List<Long> arrivals = new ArrayList<>();
    /** The last bytes it printed, to say what its screen showed when a run went wrong. */
    private final byte[] tail = new byte[SHOWN];
    private long printed;

    private Pty(Process process) {
        this.process = process;
        this.keys = process.getOutputStream();
        Thread reader = new Thread(this::read, "bench-pty");
        reader.setDaemon(true);
        reader.start();
    }

    /** The command on a pseudo-terminal, or {@code null} where there is no {@code script}. */
    static Pty start(List<String> cmd, Path dir) {
        StringBuilder line = new StringBuilder();
        for (String a : cmd) {
            line.append('\'').append(a.replace("'", "'\\''")).append("' ");
        }
        ProcessBuilder pb = new ProcessBuilder("script", "-qefc", line.toString(), "/dev/null")
                .directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("TERM", "xterm-256color");
        try {
            return new Pty(pb.start());
        } catch (IOException e) {
            return null;
        }
    }

    private void read() {
        byte[] buf = new byte[65536];
        int matched = 0;
        try (InputStream in = process.getInputStream()) {
            int n;
            while ((n = in.read(buf)) >= 0) {
                long now = System.nanoTime();
                synchronized (arrivals) {
                    arrivals.add(now);
                    arrivals.notifyAll();
                }
                synchronized (tail) {
                    for (int i = 0; i < n; i++) {
                        tail[(int) (printed++ % SHOWN)] = buf[i];
                    }
                }
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    matched = b == ASK[matched] ? matched + 1 : b == ASK[0] ? 1 : 0;
                    if (matched == ASK.length) {
                        matched = 0;
                        send("\u001b[36;120R".getBytes(StandardCharsets.US_ASCII));
                    }
                }
            }
        } catch (IOException e) {
            // the program is gone
        }
    }

    private void send(byte[] bytes) throws IOException {
        synchronized (keys) {
            keys.write(bytes);
            keys.flush();
        }
    }

    /** Waits until some output came and then none for {@code quietMs}; false after {@code timeoutMs}. */
    boolean settle(long quietMs, long timeoutMs) throws InterruptedException {
        long end = System.nanoTime() + timeoutMs * 1_000_000;
        synchronized (arrivals) {
            while (System.nanoTime() < end) {
                long last = arrivals.isEmpty() ? Long.MIN_VALUE : arrivals.get(arrivals.size() - 1);
                long quietFor = arrivals.isEmpty() ? 0 : (System.nanoTime() - last) / 1_000_000;
                if (!arrivals.isEmpty() && quietFor >= quietMs) {
                    return true;
                }
                arrivals.wait(Math.max(1, quietMs - quietFor));
            }
        }
        return false;
    }

    /**
     * Types {@code bytes} and returns the milliseconds until the first output after them ({@code NaN} when none
     * came within 5 s), then waits for the output to settle, so the next key meets an idle program.
     */
    double key(byte[] bytes) throws IOException, InterruptedException {
        int before;
        synchronized (arrivals) {
            before = arrivals.size();
        }
        long sent = System.nanoTime();
        send(bytes);
        long first;
        synchronized (arrivals) {
            long end = sent + 5_000_000_000L;
            while (arrivals.size() == before && System.nanoTime() < end) {
                arrivals.wait(5);
            }
            if (arrivals.size() == before) {
                return Double.NaN;
            }
            first = arrivals.get(before);
        }
        settle(15, 5_000);
        return (first - sent) / 1e6;
    }

    double key(char c) throws IOException, InterruptedException {
        return key(new byte[] {(byte) c});
    }

    /**
     * The text of its last output, without the terminal's control sequences, runs of blanks made one: enough to
     * tell which screen it was on (the last 400 characters).
     */
    String shown() {
        byte[] bytes;
        synchronized (tail) {
            int len = (int) Math.min(printed, SHOWN);
            bytes = new byte[len];
            for (int i = 0; i < len; i++) {
                bytes[i] = tail[(int) ((printed - len + i) % SHOWN)];
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8)
                .replaceAll("\u001b\\[[0-9;?]*[ -/]*[@-~]", " ")
                .replaceAll("\u001b\\][^\u0007\u001b]*(\u0007|\u001b\\\\)?", " ")
                .replaceAll("\u001b[()*+#%]?[^\\[]", " ")
                .replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return text.length() <= 400 ? text : "…" + text.substring(text.length() - 400);
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
