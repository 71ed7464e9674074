package vn.tinnhiem.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The {@code cli.} keys of {@code i18n/cli_*.properties} as picocli expects them, without the prefix: picocli
 * looks up {@code usage.description}, {@code tinnhiem.new.usage.description}, option description keys…, while
 * every key of ours carries the {@code cli.} prefix so a newcomer can tell which file a key lives in.
 */
final class CliBundle extends ResourceBundle {
    private static final String PREFIX = "cli.";

    /** i18n/cli, then the window's own options in i18n/window and the room's window's in i18n/room. */
    private static final List<String> NAMES = List.of("i18n/cli", "i18n/window", "i18n/room");

    private final List<ResourceBundle> delegates;

    CliBundle(Locale locale) {
        this.delegates = NAMES.stream().map(name -> ResourceBundle.getBundle(name, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))).toList();
    }

    @Override
    protected Object handleGetObject(String key) {
        String full = PREFIX + key;
        for (ResourceBundle delegate : delegates) {
            if (delegate.containsKey(full)) {
                return delegate.getObject(full);
            }
        }
        return null;
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(delegates.stream().flatMap(d -> d.keySet().stream())
                .filter(k -> k.startsWith(PREFIX))
                .map(k -> k.substring(PREFIX.length()))
                .distinct()
                .toList());
    }

    @Override
    public String getBaseBundleName() {
        return "i18n/cli";
    }
}
