package vn.tinnhiem.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JVM options of the Linux launcher, the Windows one and the bench's children are the same: the bench measures
 * tinnhiem (and its anchors) as the launchers start it.
 */
class LauncherFlagsTest {

    @Test
    void theLaunchersAndTheBenchStartTheJvmAlike() throws Exception {
        String sh = Files.readString(Path.of("tinnhiem"), StandardCharsets.UTF_8);
        List<String> linux = new ArrayList<>(words(sh, "(?m)^FLAGS=\"([^\"]*)\""));
        linux.addAll(words(sh, "(?m)^QUIET_CDS=\"([^\"]*)\""));
        List<String> windows = words(Files.readString(Path.of("tinnhiem.cmd"), StandardCharsets.UTF_8),
                "(?m)^set \"JOPTS=([^\"]*)\"");
        List<String> bench = new ArrayList<>(Children.jvm(Path.of("home"), "Main").stream()
                .filter(a -> a.startsWith("-X") && !a.startsWith("-Xshare:on")).toList());
        assertEquals(linux, windows);
        // one compiler thread on two processors or fewer: in both launchers under that condition, in the bench here
        assertTrue(sh.contains("if [ \"$CPUS\" -le 2 ] 2>/dev/null; then\n    FLAGS=\"$FLAGS " + Children.ONE_COMPILER
                + "\""), "tinnhiem: one compiler thread on two processors");
        assertTrue(Files.readString(Path.of("tinnhiem.cmd"), StandardCharsets.UTF_8).contains(
                "if %NUMBER_OF_PROCESSORS% LEQ 2 set \"JOPTS=%JOPTS% " + Children.ONE_COMPILER + "\""),
                "tinnhiem.cmd: one compiler thread on two processors");
        if (Runtime.getRuntime().availableProcessors() <= 2) {
            linux.add(Children.ONE_COMPILER);
        }
        // huge pages where the kernel offers them: read the same way by the Linux launcher and the bench
        assertTrue(sh.contains("{ read -r THP < /sys/kernel/mm/transparent_hugepage/enabled; } 2>/dev/null\n"
                + "case \"$THP\" in\n    *\"[always]\"*|*\"[madvise]\"*) FLAGS=\"$FLAGS " + Children.HUGE_PAGES + "\" ;;"),
                "tinnhiem: huge pages where offered");
        if (Children.hugePagesOffered()) {
            linux.add(Children.HUGE_PAGES);
        }
        assertEquals(linux, bench);
    }

    private static List<String> words(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError("no " + regex);
        }
        return Arrays.asList(m.group(1).trim().split("\\s+"));
    }
}
