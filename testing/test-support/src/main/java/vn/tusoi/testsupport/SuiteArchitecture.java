package vn.tusoi.testsupport;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * Where code lives in a service of the suite, as rules the build checks on the compiled classes: each service's
 * {@code ArchitectureTest} extends this with its own package. No other service's classes; resources go through
 * services, never to the {@code EntityManager}, a repository or a query; nothing outside {@code rest} and {@code api}
 * knows the API's records (services return results of their own, mapped at the edge); the events a service
 * publishes or reads depend on nothing else of it; no cycle between its packages.
 */
public abstract class SuiteArchitecture {

    private static final List<String> SERVICES = List.of("vn.tusoi.organization", "vn.tusoi.session",
            "vn.tusoi.aggregation", "vn.tusoi.web");

    private final String base;
    private final JavaClasses classes;

    protected SuiteArchitecture(String basePackage) {
        this.base = basePackage;
        this.classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    @Test
    public void noOtherServicesClasses() {
        String[] others = SERVICES.stream().filter(service -> !service.equals(base)).map(service -> service + "..")
                .toArray(String[]::new);
        noClasses().should().dependOnClassesThat().resideInAnyPackage(others).orShould().dependOnClassesThat()
                .resideInAnyPackage("vn.tusoi.stack..", "vn.tusoi.testsupport..").check(classes);
    }

    @Test
    public void resourcesGoThroughServices() {
        noClasses().that().resideInAPackage(base + ".rest..").should().dependOnClassesThat()
                .areAssignableTo(EntityManager.class).orShould().dependOnClassesThat()
                .areAssignableTo(PanacheQuery.class).orShould().dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository").check(classes);
    }

    @Test
    public void onlyTheEdgeKnowsTheApi() {
        noClasses().that().resideOutsideOfPackages(base + ".rest..", base + ".api..").should()
                .dependOnClassesThat().resideInAnyPackage(base + ".rest..", base + ".api..").check(classes);
    }

    @Test
    public void theEventsDependOnNothingElseOfTheService() {
        noClasses().that().resideInAPackage(base + ".events..").should().dependOnClassesThat(
                resideInAPackage(base + "..").and(resideOutsideOfPackage(base + ".events.."))).check(classes);
    }

    @Test
    public void noCyclesBetweenPackages() {
        slices().matching(base + ".(*)..").should().beFreeOfCycles().check(classes);
    }
}
