package vn.tinnhiem;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The store is split by what it stores (the meetings and their rosters, the rounds and their ballots, the audit
 * log), so that no class holds all its SQL. Each part is given what it needs (the store's transaction, its audit
 * writer, its time) and never reaches back into the store, which would join them again.
 */
@AnalyzeClasses(packages = "vn.tinnhiem.store",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestClassesFolder.class})
class StorePartsTest {

    @ArchTest
    static final ArchRule partsOfTheStoreDoNotReachBackIntoIt = noClasses()
            .that().haveNameMatching("vn\\.tinnhiem\\.store\\.Jdbi(Meetings|Rounds|AuditLog)")
            .should().dependOnClassesThat().haveFullyQualifiedName("vn.tinnhiem.store.JdbiStore")
            .because("a part is given the store's transaction, audit writer and time, not the store");
}
