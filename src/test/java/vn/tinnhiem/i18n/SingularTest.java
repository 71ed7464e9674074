package vn.tinnhiem.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** English counts of one read "1 ballot"; other counts, other words and Vietnamese are left as written. */
class SingularTest {
    @Test
    void theCountedNounAfterAOneIsSingular() {
        assertThat(Singular.after("{4} ballots{5}: {6}", "{4}")).isEqualTo("{4} ballot{5}: {6}");
        assertThat(Singular.after("Audit log: {0} entries, hash chain", "{0}"))
                .isEqualTo("Audit log: {0} entry, hash chain");
        assertThat(Singular.after("Result: {0} difference(s) (see above).", "{0}"))
                .isEqualTo("Result: {0} difference (see above).");
        assertThat(Singular.after("{0} officials and {0} officials", "{0}")).isEqualTo("{0} official and {0} official");
        assertThat(Singular.after("Round {0}: check", "{0}")).isEqualTo("Round {0}: check");
        assertThat(Singular.after("{0} votes", "{0}")).as("a noun it does not know").isEqualTo("{0} votes");
    }

    @Test
    void messagesSayOneBallotInEnglishOnly() {
        Messages en = Messages.english();
        assertThat(en.get("cli.verify.log", 1, "OK")).startsWith("Audit log: 1 entry,");
        assertThat(en.get("cli.verify.log", 11, "OK")).startsWith("Audit log: 11 entries,");
        assertThat(en.get("cli.verify.failed", 1)).startsWith("Result: 1 difference (see above)");
        assertThat(Messages.vietnamese().get("cli.verify.failed", 1)).startsWith("Kết quả: 1 chỗ sai lệch");
    }
}
