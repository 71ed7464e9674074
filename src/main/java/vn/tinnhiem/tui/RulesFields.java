package vn.tinnhiem.tui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.tinnhiem.domain.Checked;
import vn.tinnhiem.domain.Numbers;
import vn.tinnhiem.domain.PercentBase;
import vn.tinnhiem.domain.Problem;
import vn.tinnhiem.domain.RulePreset;
import vn.tinnhiem.domain.Rules;
import vn.tinnhiem.domain.Threshold;

/**
 * The rules part of the meeting form: the preset, the Party reading of a bad line, and for custom rules the
 * levels, the "low" level, the base and the two thresholds. Choices cycle with ←/→ or Space.
 */
final class RulesFields {
    static final int PRESET = 0;
    static final int WHOLE = 1;
    static final int LEVELS = 2;
    static final int LOW = 3;
    static final int BASE = 4;
    static final int WARN = 5;
    static final int SEVERE = 6;
    static final int COUNT = 7;

    private RulesFields() {
    }

    static List<Field> of(Rules r) {
        boolean custom = r.preset() == RulePreset.CUSTOM;
        return List.of(Field.of("ui.rules.preset", r.preset().name()),
                Field.of("ui.rules.whole", r.wholeBallotOnBadLine() ? "YES" : "NO"),
                Field.of("ui.rules.levels", custom ? String.join("; ", r.levelNames()) : ""),
                Field.number("ui.rules.low", custom ? String.valueOf(r.lowLevel()) : ""),
                Field.of("ui.rules.base", r.base().name()),
                Field.of("ui.rules.warn", r.warn() == null ? "" : r.warn().text()),
                Field.of("ui.rules.severe", r.severe() == null ? "" : r.severe().text()));
    }

    static boolean isChoice(int offset) {
        return offset == PRESET || offset == WHOLE || offset == BASE;
    }

    /** Custom-only fields are skipped unless the preset is custom. */
    static boolean shown(List<Field> rules, int offset) {
        return offset <= WHOLE || RulePreset.CUSTOM.name().equals(rules.get(PRESET).text());
    }

    static List<String> options(int offset) {
        return switch (offset) {
            case PRESET -> Arrays.stream(RulePreset.values()).map(Enum::name).toList();
            case WHOLE -> List.of("NO", "YES");
            case BASE -> Arrays.stream(PercentBase.values()).map(Enum::name).toList();
            default -> List.of();
        };
    }

    static Field cycle(Field f, int offset, int direction) {
        List<String> options = options(offset);
        int i = Math.max(0, options.indexOf(f.text()));
        return f.withText(options.get(Math.floorMod(i + direction, options.size())));
    }

    /** The rules the fields describe, or the first problem with the field it is in. */
    static Checked<Rules> build(List<Field> f, int[] badField) {
        RulePreset preset = RulePreset.valueOf(f.get(PRESET).text());
        boolean whole = "YES".equals(f.get(WHOLE).text());
        if (preset != RulePreset.CUSTOM) {
            return Checked.ok(Rules.preset(preset, whole));
        }
        List<String> names = new ArrayList<>();
        for (String part : f.get(LEVELS).text().split(";")) {
            if (!part.isBlank()) {
                names.add(part);
            }
        }
        Checked<Integer> low = Numbers.count(f.get(LOW).text());
        if (!low.isOk()) {
            return fail(badField, LOW, f, low.problem());
        }
        Checked<Threshold> warn = Threshold.parse(f.get(WARN).text());
        if (!warn.isOk()) {
            return fail(badField, WARN, f, warn.problem());
        }
        Checked<Threshold> severe = Threshold.parse(f.get(SEVERE).text());
        if (!severe.isOk()) {
            return fail(badField, SEVERE, f, severe.problem());
        }
        Checked<Rules> rules = Rules.custom(names, low.value(), PercentBase.valueOf(f.get(BASE).text()),
                warn.value(), severe.value(), whole);
        if (!rules.isOk()) {
            return fail(badField, rules.problem().key().equals("error.rules.lowLevel") ? LOW : LEVELS, f,
                    rules.problem());
        }
        return rules;
    }

    private static Checked<Rules> fail(int[] badField, int offset, List<Field> f, Problem p) {
        badField[0] = offset;
        return Checked.refused("ui.form.fieldProblem", Problem.of(f.get(offset).labelKey()), p);
    }

    /** The text a field shows: a choice in words, anything else as typed. */
    static String shownText(View v, int offset, Field f) {
        return switch (offset) {
            case PRESET -> v.t("rules.preset." + f.text());
            case WHOLE -> v.t("ui.rules.whole." + f.text());
            case BASE -> v.t("rules.base." + f.text());
            default -> f.text();
        };
    }
}
