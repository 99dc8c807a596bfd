package vn.tusoi.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Where code lives in the web front end: no cycle between its packages, and no class of a service (the front end is
 * a client of their public APIs, through its own records in {@code api}).
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.tusoi.web");

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("vn.tusoi.web.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void noServiceClasses() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("vn.tusoi.organization..",
                "vn.tusoi.session..", "vn.tusoi.aggregation..", "vn.tusoi.stack..", "vn.tusoi.testsupport..")
                .check(CLASSES);
    }
}
