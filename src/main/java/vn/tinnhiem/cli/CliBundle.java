package vn.tinnhiem.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The {@code cli.} keys of {@code i18n/cli_*.properties} as picocli expects them, without the prefix: picocli
 * looks up {@code usage.description}, {@code tinnhiem.new.usage.description}, option description keys…, while
 * every key of ours carries the {@code cli.} prefix so a newcomer can tell which file a key lives in.
 */
final class CliBundle extends ResourceBundle {
    private static final String PREFIX = "cli.";

    private final ResourceBundle delegate;

    CliBundle(Locale locale) {
        this.delegate = ResourceBundle.getBundle("i18n/cli", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Override
    protected Object handleGetObject(String key) {
        String full = PREFIX + key;
        return delegate.containsKey(full) ? delegate.getObject(full) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(delegate.keySet().stream()
                .filter(k -> k.startsWith(PREFIX))
                .map(k -> k.substring(PREFIX.length()))
                .toList());
    }

    @Override
    public String getBaseBundleName() {
        return "i18n/cli";
    }
}
