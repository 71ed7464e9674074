package vn.tinnhiem.cli;

import java.util.Locale;
import vn.tinnhiem.domain.Checked;
import vn.tinnhiem.domain.CommitteeMember;
import vn.tinnhiem.domain.RulePreset;
import vn.tinnhiem.domain.Rules;
import vn.tinnhiem.domain.TextRules;

/**
 * The meeting settings {@code new} takes besides its counts, so a meeting is prepared from the command line as fully
 * as on the form: the rule preset, the counting committee and how a line with no mark or several marks is read.
 */
final class MeetingOptions {
    private MeetingOptions() {
    }

    /** "Họ tên:Vai trò" (the role may be left out). */
    static Checked<CommitteeMember> member(String raw) {
        int colon = raw.lastIndexOf(':');
        String name = colon < 0 ? raw : raw.substring(0, colon);
        String role = colon < 0 ? "" : raw.substring(colon + 1);
        Checked<String> n = TextRules.required(name);
        if (!n.isOk()) {
            return Checked.refused(n.problem().key(), n.problem().args().toArray());
        }
        Checked<String> r = TextRules.optional(role);
        if (!r.isOk()) {
            return Checked.refused(r.problem().key(), r.problem().args().toArray());
        }
        return Checked.ok(new CommitteeMember(n.value(), r.value()));
    }

    /**
     * A preset by name (nq96-2023, qd96-tw, nq85-2014, nq35-2012; case and - or _ alike), default NQ 96/2023; with
     * {@code invalidLines} "ballot", a line with no mark or several marks makes the whole ballot invalid (the Party
     * reading), "line" (default) only that line.
     */
    static Checked<Rules> rules(String preset, String invalidLines) {
        RulePreset p = RulePreset.NQ96_2023;
        if (preset != null) {
            String key = preset.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(".", "");
            p = null;
            for (RulePreset candidate : RulePreset.values()) {
                if (candidate != RulePreset.CUSTOM && candidate.name().equals(key)) {
                    p = candidate;
                }
            }
            if (p == null) {
                return Checked.refused("cli.new.badPreset", preset);
            }
        }
        boolean whole;
        if (invalidLines == null || invalidLines.strip().equalsIgnoreCase("line")) {
            whole = false;
        } else if (invalidLines.strip().equalsIgnoreCase("ballot")) {
            whole = true;
        } else {
            return Checked.refused("cli.new.badInvalidLines", invalidLines);
        }
        return Checked.ok(Rules.preset(p, whole));
    }
}
