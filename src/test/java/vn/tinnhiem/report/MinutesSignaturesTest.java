package vn.tinnhiem.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tinnhiem.domain.CommitteeMember;
import vn.tinnhiem.domain.Meeting;
import vn.tinnhiem.i18n.Messages;

/**
 * The counting minutes are signed by the whole counting committee (domain: "TM. BAN KIỂM PHIẾU — TRƯỞNG BAN, and
 * the members"): the head for the committee, and every other member by name, whatever their role (a deputy, the
 * member who keeps the record) and wherever the head stands in the list. The chair and the secretary of the
 * meeting sign the meeting's own minutes, not these.
 */
class MinutesSignaturesTest {
    private static Minutes withCommittee(List<CommitteeMember> committee) {
        Minutes base = MinutesFixture.rating();
        var d = base.meeting().details();
        var details = new vn.tinnhiem.domain.MeetingDetails(d.title(), d.body(), d.place(), d.date(), d.summoned(),
                d.present(), committee, d.rules());
        return new Minutes(new Meeting(base.meeting().id(), details), base.result(), base.voided(), base.opened(),
                base.closed(), base.fingerprint(), base.made());
    }

    @Test
    void theHeadSignsForTheCommitteeAndEveryOtherMemberSignsByName() {
        Minutes minutes = withCommittee(List.of(new CommitteeMember("Lê Văn Dũng", "Phó Trưởng ban"),
                new CommitteeMember("Phạm Thị Thu Hồng", "Trưởng ban"),
                new CommitteeMember("Đỗ Thị Ngọc Ánh", "Thành viên, thư ký"),
                new CommitteeMember("Vũ Minh Khoa", "Thành viên")));
        String text = MinutesText.render(minutes, Messages.vietnamese());
        assertThat(text).contains("TM. BAN KIỂM PHIẾU — TRƯỞNG BAN: Phạm Thị Thu Hồng\n"
                + "CÁC THÀNH VIÊN: Lê Văn Dũng, Đỗ Thị Ngọc Ánh, Vũ Minh Khoa\n");
        String html = MinutesHtml.render(minutes, Messages.vietnamese());
        assertThat(html).contains("<div class=\"strong\">CÁC THÀNH VIÊN</div><div class=\"hint\">(Ký, ghi rõ họ tên)"
                + "</div><div class=\"signer\">Lê Văn Dũng</div><div class=\"signer\">Đỗ Thị Ngọc Ánh</div>"
                + "<div class=\"signer\">Vũ Minh Khoa</div></td>")
                .contains("<div class=\"strong\">TM. BAN KIỂM PHIẾU</div><div class=\"strong\">TRƯỞNG BAN</div>"
                        + "<div class=\"hint\">(Ký, ghi rõ họ tên)</div><div class=\"signer\">Phạm Thị Thu Hồng</div>");
    }
}
