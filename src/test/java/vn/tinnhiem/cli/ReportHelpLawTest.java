package vn.tinnhiem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinnhiem.domain.RulePreset;
import vn.tinnhiem.i18n.Messages;

/** `report --help` names every rule set with the base its shares are taken over, in both languages. */
class ReportHelpLawTest {
    @TempDir
    Path dir;

    @Test
    void helpNamesEachPresetsBase() {
        for (String lang : new String[] {"vi", "en"}) {
            Messages m = Messages.of(lang);
            String help = CliRun.run(dir, "report", "--help", "--lang=" + lang).out().replaceAll("\\s+", " ");
            for (RulePreset p : RulePreset.values()) {
                if (p == RulePreset.CUSTOM) {
                    continue;
                }
                String name = m.get("rules.preset." + p.name()).replaceAll(" \\(.*\\)", "");
                String base = m.get("rules.base." + p.law().base().name());
                int at = help.indexOf(name);
                assertThat(at).as(lang + " " + p + " in " + help).isNotNegative();
                assertThat(help.substring(at, help.indexOf(';', at))).as(lang + " " + p).contains(base);
            }
            assertThat(help).doesNotContain("tỉ lệ").doesNotContain("Tỉ lệ");
        }
    }
}
