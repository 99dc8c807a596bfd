package vn.tusoi.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Where code lives in the platform every service builds on: no cycle between its packages, and nothing of a
 * service (the platform knows none of them).
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.tusoi.platform");

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("vn.tusoi.platform.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void noServiceClasses() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("vn.tusoi.organization..",
                "vn.tusoi.session..", "vn.tusoi.aggregation..", "vn.tusoi.web..", "vn.tusoi.stack..",
                "vn.tusoi.testsupport..").check(CLASSES);
    }
}
