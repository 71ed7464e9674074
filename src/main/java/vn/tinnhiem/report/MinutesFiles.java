package vn.tinnhiem.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import vn.tinnhiem.i18n.Messages;

/**
 * Writes the minutes of a round as three files side by side, {@code .html}, {@code .csv} and {@code .txt}, named
 * so the name says the meeting, the round and the time ({@code bien-ban-hn1-ky-hop-thu-12-vong2-20261125-1930}),
 * in ASCII so that any system, mail program or USB stick keeps the name. A file is created new, never
 * overwritten (a second export in the same minute gets {@code -2}), readable by its owner only where the system
 * has POSIX permissions: the minutes name people and their results before they are announced.
 */
public final class MinutesFiles {
    private static final int SLUG_MAX = 24;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmm");

    /** The folder, the common name and the files written, HTML first. */
    public record Written(Path folder, String stem, List<Path> files) {
        public Written {
            files = List.copyOf(files);
        }

        /** The full path without the extension, as the screen names it: {@code …/exports/bien-ban-hn1-vong2-…}. */
        public Path stemPath() {
            return folder.resolve(stem);
        }
    }

    private MinutesFiles() {
    }

    /** The name without extension: prefix, meeting id and title, round number, the time the minutes were made. */
    public static String stem(Minutes minutes, Messages m) {
        StringBuilder s = new StringBuilder(m.get("report.minutes.file.prefix")).append('-')
                .append(m.get("report.minutes.file.meeting")).append(minutes.meeting().id());
        String slug = slug(minutes.meeting().title(), SLUG_MAX);
        if (!slug.isEmpty()) {
            s.append('-').append(slug);
        }
        return s.append('-').append(m.get("report.minutes.file.round")).append(minutes.result().round().number())
                .append('-').append(STAMP.format(minutes.made())).toString();
    }

    /** "Kỳ họp thứ 12 HĐND tỉnh" → "ky-hop-thu-12-hdnd-tinh": tone marks dropped, đ → d, cut at a word. */
    static String slug(String text, int max) {
        String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() <= max) {
            return plain;
        }
        int cut = plain.lastIndexOf('-', max);
        return (cut > 0 ? plain.substring(0, cut) : plain.substring(0, max)).replaceAll("-+$", "");
    }

    /** Writes the three files into {@code folder} (created when missing); all of them, or none is left behind. */
    public static Written write(Path folder, Minutes minutes, Messages m) throws IOException {
        boolean posix = posix(folder);
        if (!Files.isDirectory(folder)) {
            if (posix) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(folder);
            }
        }
        String base = stem(minutes, m);
        String stem = base;
        for (int n = 2; taken(folder, stem); n++) {
            stem = base + "-" + n;
        }
        List<String> contents = List.of(MinutesHtml.render(minutes, m), MinutesCsv.render(minutes, m),
                MinutesText.render(minutes, m));
        List<String> extensions = List.of(".html", ".csv", ".txt");
        List<Path> written = new ArrayList<>();
        try {
            for (int i = 0; i < extensions.size(); i++) {
                Path file = folder.resolve(stem + extensions.get(i));
                create(file, contents.get(i), posix);
                written.add(file);
            }
        } catch (IOException | RuntimeException e) {
            for (Path file : written) {
                Files.deleteIfExists(file);
            }
            throw e;
        }
        return new Written(folder, stem, written);
    }

    private static boolean taken(Path folder, String stem) {
        return Files.exists(folder.resolve(stem + ".html")) || Files.exists(folder.resolve(stem + ".csv"))
                || Files.exists(folder.resolve(stem + ".txt"));
    }

    private static boolean posix(Path folder) {
        return folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** One new file (never overwriting one), owner-only where permissions exist: for {@code tinnhiem minutes --out}. */
    public static void writeNew(Path file, String content) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        create(file, content, parent != null && posix(parent));
    }

    /** A new file, owner-only where permissions exist, written and forced to disk before it is reported. */
    private static void create(Path file, String content, boolean posix) throws IOException {
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        try (FileChannel channel = FileChannel.open(file, EnumSet.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), attributes)) {
            ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
    }
}
