package vn.tinnhiem.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Separate JVMs for what is measured from a cold start (a launch, a command): started with the flags the
 * launcher uses, on this program's own class path, with their home (data, logs) in the bench's folder.
 */
final class Children {
    private static final long TIMEOUT_SECONDS = 300;
    /** One compiler thread, which the launchers choose on two processors or fewer. */
    static final String ONE_COMPILER = "-XX:CICompilerCount=1";

    /** The heap and compiled code on transparent huge pages, which the Linux launcher asks for where offered. */
    static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";

    private Children() {
    }

    /**
     * Whether the kernel offers transparent huge pages (to every program, or to those that ask), as the Linux
     * launcher reads it; false elsewhere (no such file), where the JVM would only print a warning.
     */
    static boolean hugePagesOffered() {
        try {
            String mode = Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"),
                    StandardCharsets.US_ASCII);
            return mode.contains("[always]") || mode.contains("[madvise]");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static List<String> jvm(Path home, String mainClass, String... args) {
        return jvm(home, null, mainClass, args);
    }

    /**
     * As {@link #jvm(Path, String, String...)}, with tinnhiem's class-data archive when {@code archive} is not
     * {@code null}, as the launcher starts tinnhiem once it has made one. The anchors run without it: the JDK's own
     * archive is what a minimal program gets.
     */
    static List<String> jvm(Path home, Path archive, String mainClass, String... args) {
        String java = java();
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:C1MaxInlineSize=20",
                "-Xshare:auto", "-Xmx96m", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-XX:+UnlockDiagnosticVMOptions",
                "-XX:ArchiveRelocationMode=1", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        if (Runtime.getRuntime().availableProcessors() <= 2) {
            cmd.add(ONE_COMPILER); // as the launchers do on two processors or fewer
        }
        if (hugePagesOffered()) {
            cmd.add(HUGE_PAGES); // as the Linux launcher does where the kernel offers them
        }
        if (archive != null) {
            cmd.add("-XX:SharedArchiveFile=" + archive);
        }
        cmd.addAll(List.of("-Dtinnhiem.home=" + home, "-Dfile.encoding=UTF-8", "-cp", classPath(), mainClass));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static String java() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * Makes tinnhiem's class-data archive in {@code home} as the Linux launcher does (the training run listing the
     * classes it loads, the archive written from the list, then a JVM that must map it); {@code null} where there can
     * be none: a class path holding folders (the test suite), or a failure.
     */
    static Path archive(Path home) throws InterruptedException {
        for (String p : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!p.endsWith(".jar")) {
                return null;
            }
        }
        Path jsa = home.resolve("tinnhiem.jsa");
        Path list = home.resolve("tinnhiem.classes");
        List<String> train = jvm(home, Training.class.getName());
        train.add(1, "-XX:DumpLoadedClassList=" + list);
        // -Xshare:dump in place of the class to run: the JVM writes the listed classes into the archive and exits.
        List<String> dump = jvm(home, JvmFloor.class.getName());
        dump.remove(dump.size() - 1);
        dump.addAll(1, List.of("-Xshare:dump", "-XX:SharedClassListFile=" + list, "-XX:SharedArchiveFile=" + jsa));
        List<String> check = jvm(home, jsa, JvmFloor.class.getName());
        check.add(1, "-Xshare:on");
        try {
            return wallMs(train, home) >= 0 && wallMs(dump, home) >= 0 && wallMs(check, home) >= 0 ? jsa : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** This program's class path made absolute: the children run in the bench's folder, not in the caller's. */
    private static String classPath() {
        List<String> parts = new ArrayList<>();
        for (String p : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            parts.add(Path.of(p).toAbsolutePath().toString());
        }
        return String.join(java.io.File.pathSeparator, parts);
    }

    /** The size of the children's log in {@code home}, where {@link #logTail} is to read from later. */
    static long logSize(Path home) {
        try {
            return Files.size(log(home));
        } catch (IOException e) {
            return 0;
        }
    }

    private static Path log(Path home) {
        return home.resolve("data").resolve("logs").resolve("tinnhiem.log");
    }

    /**
     * The warnings and errors that tinnhiem's children logged in {@code home} after its first {@code from} bytes
     * (the last five), each on a line of its own after a line break, or an empty text when there are none.
     */
    static String logTail(Path home, long from) {
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(log(home).toFile(), "r")) {
            long size = f.length();
            byte[] bytes = new byte[(int) Math.min(Math.max(0, size - from), 1 << 20)];
            f.seek(size - bytes.length);
            f.readFully(bytes);
            List<String> bad = new String(bytes, StandardCharsets.UTF_8).lines()
                    .filter(l -> l.contains(" WARN ") || l.contains(" ERROR ")).toList();
            StringBuilder out = new StringBuilder();
            for (String l : bad.subList(Math.max(0, bad.size() - 5), bad.size())) {
                out.append(System.lineSeparator()).append("    ").append(l);
            }
            return out.toString();
        } catch (IOException e) {
            return "";
        }
    }

    /** Start to exit in milliseconds; {@code NaN} when it failed. */
    static double wallMs(List<String> cmd, Path dir) throws IOException, InterruptedException {
        long s = System.nanoTime();
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean done = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        long t = System.nanoTime() - s;
        if (!done) {
            p.destroyForcibly();
            return Double.NaN;
        }
        return p.exitValue() == 0 ? t / 1e6 : Double.NaN;
    }

    /** What the child printed, or an empty text when it failed. */
    static String output(List<String> cmd, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        return p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) && p.exitValue() == 0
                ? new String(out, StandardCharsets.UTF_8) : "";
    }

    /**
     * From start to the first frame on a real terminal (a pseudo-terminal made by {@code script}), in
     * milliseconds: the child writes {@link System#nanoTime()} to {@code mark} once its first frame is out, a
     * clock shared by every process on Linux. {@code NaN} when there is no {@code script} or it failed.
     */
    static double firstFrameMs(List<String> cmd, Path mark, Path dir) throws IOException, InterruptedException {
        Files.deleteIfExists(mark);
        StringBuilder line = new StringBuilder();
        for (String a : cmd) {
            line.append('\'').append(a.replace("'", "'\\''")).append("' ");
        }
        ProcessBuilder pb = new ProcessBuilder("script", "-qefc", line.toString(), "/dev/null")
                .directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putIfAbsent("TERM", "xterm-256color");
        long s = System.nanoTime();
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return Double.NaN; // no script(1) here
        }
        Thread answers = new Thread(() -> answer(p), "bench-terminal");
        answers.setDaemon(true);
        answers.start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return Double.NaN;
        }
        answers.join(10_000);
        if (!Files.exists(mark)) {
            return Double.NaN;
        }
        return (Long.parseLong(Files.readString(mark).trim()) - s) / 1e6;
    }

    /**
     * Plays the terminal's part that {@code script} does not: Lanterna learns the size by asking where the cursor
     * went (ESC [ 6 n); a real terminal answers at once, here 36 rows × 120 columns.
     */
    private static void answer(Process p) {
        byte[] ask = {0x1b, '[', '6', 'n'};
        int matched = 0;
        try (var in = p.getInputStream(); var out = p.getOutputStream()) {
            int b;
            while ((b = in.read()) >= 0) {
                matched = b == ask[matched] ? matched + 1 : b == ask[0] ? 1 : 0;
                if (matched == ask.length) {
                    matched = 0;
                    out.write("\u001b[36;120R".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            }
        } catch (IOException e) {
            // the child is gone
        }
    }
}
