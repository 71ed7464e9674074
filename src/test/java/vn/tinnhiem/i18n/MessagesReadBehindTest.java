package vn.tinnhiem.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A command's messages read only the bundles it words, the others when a message is first looked for in them: every
 * message of every bundle reads the same as from messages read whole, whichever is asked first.
 */
class MessagesReadBehindTest {
    private static final String[] LAST_BUNDLES = {"sheet", "fit", "followup", "doubleentry", "keys", "window"};

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void aMessageOfABundleNotReadAheadIsFoundAsInTheWholeMessages(String language) {
        Messages whole = Messages.of(language);
        Messages behind = Messages.readBehind(language);
        Locale locale = whole.locale();
        for (String name : LAST_BUNDLES) {
            ResourceBundle b = ResourceBundle.getBundle("i18n/" + name, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : b.keySet()) {
                assertThat(behind.has(key)).as(key).isTrue();
                assertThat(behind.get(key, "A", "B", "C", "D")).as(key).isEqualTo(whole.get(key, "A", "B", "C", "D"));
            }
        }
        assertThat(behind.everyText()).isEqualTo(whole.everyText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void aKeyNoBundleHasIsRefusedAfterEveryBundleWasRead(String language) {
        Messages behind = Messages.readBehind(language);
        assertThat(behind.has("no.such.key")).isFalse();
        assertThatThrownBy(() -> behind.get("no.such.key")).isInstanceOf(MissingResourceException.class);
        assertThat(behind.get("cli.verify.allGood")).isNotBlank();
    }
}
