package vn.tinnhiem.tui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A title bar's context too long for it keeps the round and its state, not nothing. */
class TitleContextTest {
    @Test
    void theKindGoesFirstThenTheMarksAfterTheStateAndTheStateStays() {
        String right = "Vòng 3 · Lấy phiếu tín nhiệm · ĐANG MỞ · ẨN KẾT QUẢ VỚI PHÒNG";
        assertThat(View.context(right, 100)).isEqualTo(right);
        assertThat(View.context(right, 56)).isEqualTo("Vòng 3 · ĐANG MỞ · ẨN KẾT QUẢ VỚI PHÒNG");
        assertThat(View.context(right, 30)).isEqualTo("Vòng 3 · ĐANG MỞ");
        assertThat(View.context(right, 12)).hasSize(12).startsWith("Vòng").contains("…");
    }

    @Test
    void ofSeveralMarksTheLastIsKeptLongest() {
        String right = "Vòng 4 · Lấy phiếu tín nhiệm · ĐÃ KẾT THÚC · BẢNG TỔNG HỢP HAI LẦN · ẨN KẾT QUẢ VỚI PHÒNG"
                + " · DỮ LIỆU ĐÃ BỊ SỬA";
        assertThat(View.context(right, 80)).isEqualTo("Vòng 4 · ĐÃ KẾT THÚC · ẨN KẾT QUẢ VỚI PHÒNG · DỮ LIỆU ĐÃ BỊ SỬA");
        assertThat(View.context(right, 40)).isEqualTo("Vòng 4 · ĐÃ KẾT THÚC · DỮ LIỆU ĐÃ BỊ SỬA");
        assertThat(View.context(right, 30)).isEqualTo("Vòng 4 · ĐÃ KẾT THÚC");
    }
}
