package vn.tinnhiem.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The program's version: the jar's Implementation-Version, else Maven's pom.properties, else "dev" (from classes).
 * Apart from picocli's {@link Version}, whose interface is compiled for an old Java that the class-data archive
 * cannot hold: every start writes the version to the log, and this class comes from the archive.
 */
final class ProgramVersion {
    private ProgramVersion() {
    }

    static String current() {
        String fromManifest = Main.class.getPackage().getImplementationVersion();
        if (fromManifest != null && !fromManifest.isBlank()) {
            return fromManifest;
        }
        try (InputStream in = Main.class.getResourceAsStream("/META-INF/maven/vn.tinnhiem/tinnhiem/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank()) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through: a version is not worth failing for
        }
        return "dev";
    }
}
