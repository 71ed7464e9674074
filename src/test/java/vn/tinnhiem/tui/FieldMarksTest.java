package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/**
 * Vietnamese typed as letters followed by their marks (Unikey's "Unicode tổ hợp") is the same text as typed
 * precomposed: the field holds it as stored (NFC), one letter per cell, the cursor after what was typed.
 */
class FieldMarksTest {
    @Test
    void marksTypedAfterTheirLettersMakeOneLetter() {
        String typed = Normalizer.normalize("Hội nghị Đồng Tháp", Normalizer.Form.NFD);
        Field f = Field.of("ui.field.title", "");
        for (char c : typed.toCharArray()) {
            f = f.edit(new KeyStroke(c, false, false));
        }
        assertThat(f.text()).isEqualTo("Hội nghị Đồng Tháp");
        assertThat(f.cursor()).isEqualTo(f.text().length());
    }

    @Test
    void aMarkTypedInTheMiddleJoinsTheLetterBeforeTheCursor() {
        Field f = Field.of("ui.field.title", "Hoi");
        f = f.edit(new KeyStroke(com.googlecode.lanterna.input.KeyType.ArrowLeft)); // cursor after "Ho"
        f = f.edit(new KeyStroke('\u0302', false, false));
        f = f.edit(new KeyStroke('\u0323', false, false));
        assertThat(f.text()).isEqualTo("Hội");
        assertThat(f.cursor()).isEqualTo(2);
    }
}
