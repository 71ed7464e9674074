package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A title bar's context too long for it keeps the round and its state, not nothing. */
class TitleContextTest {
    @Test
    void thePartsBetweenTheRoundAndItsStateGoFirst() {
        String right = "Vòng 3 · Lấy phiếu tín nhiệm · ĐANG MỞ · ẨN KẾT QUẢ VỚI PHÒNG";
        assertThat(View.context(right, 100)).isEqualTo(right);
        assertThat(View.context(right, 56)).isEqualTo("Vòng 3 · ĐANG MỞ · ẨN KẾT QUẢ VỚI PHÒNG");
        assertThat(View.context(right, 30)).isEqualTo("Vòng 3 · ẨN KẾT QUẢ VỚI PHÒNG");
        assertThat(View.context(right, 20)).hasSize(20).startsWith("Vòng").endsWith("PHÒNG").contains("…");
    }
}
