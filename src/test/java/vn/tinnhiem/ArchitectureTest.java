package vn.tinnhiem;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies point inward: cli → tui, report, store → domain, and nothing points back (architecture.md). */
@AnalyzeClasses(packages = "vn.tinnhiem",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestClassesFolder.class})
class ArchitectureTest {

    /**
     * DoNotIncludeTests knows only the standard folders (target/test-classes …); builds here may use another
     * build directory (-DbuildDir=target-x), whose test-classes folder it would let through.
     */
    static final class NoTestClassesFolder implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/");
        }
    }

    @ArchTest
    static final ArchRule domainDependsOnNoOtherPartOfTheProgram = noClasses()
            .that().resideInAPackage("vn.tinnhiem.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "vn.tinnhiem.tui..", "vn.tinnhiem.store..", "vn.tinnhiem.cli..", "vn.tinnhiem.report..",
                    "vn.tinnhiem.i18n..")
            .because("the counting rules are plain Java, readable without knowing the screens or the store");

    @ArchTest
    static final ArchRule domainDoesNoInputOrOutput = noClasses()
            .that().resideInAPackage("vn.tinnhiem.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.googlecode.lanterna..", "org.jdbi..", "org.sqlite..", "java.sql..", "java.io..",
                    "java.nio.file..", "java.nio.channels..", "java.net..", "picocli..", "org.slf4j..")
            .because("the counting rules can be tested by the thousand in milliseconds (java.nio.charset is fine:"
                    + " RosterCsv decodes bytes it is given)");

    @ArchTest
    static final ArchRule storeKnowsNoScreenNorReport = noClasses()
            .that().resideInAPackage("vn.tinnhiem.store..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "vn.tinnhiem.tui..", "vn.tinnhiem.cli..", "vn.tinnhiem.report..", "com.googlecode.lanterna..");

    @ArchTest
    static final ArchRule tuiReachesNoDatabaseNorCommandLine = noClasses()
            .that().resideInAPackage("vn.tinnhiem.tui..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.jdbi..", "org.sqlite..", "java.sql..", "vn.tinnhiem.cli..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule reportIsRenderedFromDomainValuesOnly = noClasses()
            .that().resideInAPackage("vn.tinnhiem.report..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "vn.tinnhiem.tui..", "vn.tinnhiem.cli..", "com.googlecode.lanterna..", "org.jdbi..",
                    "org.sqlite..", "java.sql..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("vn.tinnhiem.store.JdbiStore")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("vn.tinnhiem.store.Database")
            .allowEmptyShould(true);
}
