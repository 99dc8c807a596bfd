package vn.tusoi.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.quarkus.qute.TemplateInstance;

/**
 * Where code lives in the web front end: one package per screen family over shared packages that know no screen, no
 * cycle between packages, and no class of a service (the front end is a client of their public APIs, through its
 * own records in {@code api}).
 */
class ArchitectureTest {

    private static final String[] SCREENS = {"vn.tusoi.web.campaigns..", "vn.tusoi.web.progress..",
            "vn.tusoi.web.laggards..", "vn.tusoi.web.followup..", "vn.tusoi.web.targets..", "vn.tusoi.web.report..",
            "vn.tusoi.web.approval..", "vn.tusoi.web.selfreview..", "vn.tusoi.web.grading..", "vn.tusoi.web.export.."};

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.tusoi.web");

    @Test
    void noCyclesBetweenPackages() {
        slices().matching("vn.tusoi.web.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** What every page shares knows none of them: a screen's change never reaches another's through these. */
    @Test
    void theSharedPackagesKnowNoScreen() {
        noClasses().that().resideInAnyPackage("vn.tusoi.web.api..", "vn.tusoi.web.forms..", "vn.tusoi.web.format..",
                "vn.tusoi.web.layout..", "vn.tusoi.web.signin..").should().dependOnClassesThat()
                .resideInAnyPackage(SCREENS).check(CLASSES);
    }

    /** A page is a template record beside its resource, never a method of a shared class of templates. */
    @Test
    void eachPageLivesInItsScreensPackage() {
        noClasses().that().implement(TemplateInstance.class).should().resideInAnyPackage("vn.tusoi.web.api..",
                "vn.tusoi.web.forms..", "vn.tusoi.web.format..").check(CLASSES);
    }

    @Test
    void noServiceClasses() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("vn.tusoi.organization..",
                "vn.tusoi.session..", "vn.tusoi.aggregation..", "vn.tusoi.stack..", "vn.tusoi.testsupport..")
                .check(CLASSES);
    }
}
