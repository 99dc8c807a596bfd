package vn.tusoi.aggregation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Where code lives, as rules the build checks: they fail on the compiled classes, not in a review. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.tusoi.aggregation");

    @Test
    void noOtherServicesClasses() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("vn.tusoi.organization..",
                "vn.tusoi.session..", "vn.tusoi.web..", "vn.tusoi.stack..").check(CLASSES);
    }

    @Test
    void resourcesGoThroughServices() {
        noClasses().that().resideInAPackage("..rest..").should().dependOnClassesThat()
                .areAssignableTo(EntityManager.class).orShould().dependOnClassesThat().haveSimpleNameEndingWith(
                        "Repository")
                .check(CLASSES);
    }

    /** Services return domain results; the resources map them to the API's records. */
    @Test
    void onlyTheEdgeKnowsTheApi() {
        noClasses().that().resideOutsideOfPackages("vn.tusoi.aggregation.rest..", "vn.tusoi.aggregation.api..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.tusoi.aggregation.rest..",
                        "vn.tusoi.aggregation.api..")
                .check(CLASSES);
    }

    @Test
    void theEventsThisServiceReadsAndPublishesDependOnNothingOfIt() {
        noClasses().that().resideInAPackage("..events..").should().dependOnClassesThat()
                .resideInAnyPackage("vn.tusoi.aggregation.ingest..", "vn.tusoi.aggregation.rollup..",
                        "vn.tusoi.aggregation.read..", "vn.tusoi.aggregation.maintenance..",
                        "vn.tusoi.aggregation.rest..", "vn.tusoi.aggregation.api..")
                .check(CLASSES);
    }

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("vn.tusoi.aggregation.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
