package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's remembered sizes: a plain file beside the database, written whole, a bad one ignored. */
class WindowSettingsTest {
    @TempDir
    Path dir;

    @Test
    void sizesAreRememberedBesideTheDatabase() throws Exception {
        Path file = WindowSettings.beside(dir.resolve("hdnd.db"));
        assertThat(file.getParent()).isEqualTo(dir.toAbsolutePath());
        new WindowSettings(28, 1600, 900).save(file);
        assertThat(WindowSettings.load(file)).isEqualTo(new WindowSettings(28, 1600, 900));
        new WindowSettings(30, 1280, 720).save(file);
        assertThat(WindowSettings.load(file)).isEqualTo(new WindowSettings(30, 1280, 720));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(WindowSettings.FILE_NAME);
        }
    }

    @Test
    void aMissingOrBadFileIsIgnored() throws Exception {
        Path file = dir.resolve(WindowSettings.FILE_NAME);
        assertThat(WindowSettings.load(file)).isEqualTo(WindowSettings.none());
        Files.writeString(file, "fontSize=to\nwidth=-5\nheight=99999999999\n");
        assertThat(WindowSettings.load(file)).isEqualTo(WindowSettings.none());
        Files.writeString(file, "fontSize=500\nwidth=1600\nheight=900\n");
        assertThat(WindowSettings.load(file)).isEqualTo(new WindowSettings(0, 1600, 900));
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, '\\', 'u', 'z'});
        assertThat(WindowSettings.load(file)).isEqualTo(WindowSettings.none());
        Files.delete(file);
        Files.createDirectory(file);
        assertThat(WindowSettings.load(file)).isEqualTo(WindowSettings.none());
    }

    @Test
    void aFolderThatCannotBeWrittenChangesNothing() throws Exception {
        Path file = dir.resolve("missing-parent-is-a-file").resolve(WindowSettings.FILE_NAME);
        Files.writeString(dir.resolve("missing-parent-is-a-file"), "not a folder");
        new WindowSettings(20, 800, 600).save(file); // logged, not thrown
        assertThat(Files.readString(dir.resolve("missing-parent-is-a-file"))).isEqualTo("not a folder");
    }
}
