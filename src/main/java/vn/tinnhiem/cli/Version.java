package vn.tinnhiem.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** "tinnhiem 0.1.0": the jar's Implementation-Version, else Maven's pom.properties, else "dev" (from classes). */
final class Version implements IVersionProvider {
    Version() {
    }

    @Override
    public String[] getVersion() {
        return new String[] {"tinnhiem " + current()};
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
