package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

/** A count's field takes digits only: a letter, a sign or a space typed there is not shown. */
class FieldDigitsTest {
    private static Field type(Field f, String keys) {
        for (char c : keys.toCharArray()) {
            f = f.edit(new KeyStroke(c, false, false));
        }
        return f;
    }

    @Test
    void aCountTakesDigitsOnly() {
        Field f = type(Field.number("ui.close.collected", ""), "4a8 -x");
        assertThat(f.text()).isEqualTo("48");
        assertThat(f.cursor()).isEqualTo(2);
        f = f.edit(new KeyStroke(KeyType.Backspace));
        assertThat(f.text()).isEqualTo("4");
    }

    @Test
    void aLetterTypedOverASuggestedCountLeavesTheSuggestionInPlace() {
        Field f = Field.suggestedNumber("ui.void.number", "12");
        f = type(f, "k");
        assertThat(f.text()).isEqualTo("12");
        assertThat(f.suggested()).as("a digit still replaces it").isTrue();
        assertThat(type(f, "7").text()).isEqualTo("7");
    }

    @Test
    void aTextFieldStillTakesEverything() {
        assertThat(type(Field.of("ui.void.reason", ""), "nhập nhầm 2").text()).isEqualTo("nhập nhầm 2");
    }
}
