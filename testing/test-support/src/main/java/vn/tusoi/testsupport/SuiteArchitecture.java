package vn.tusoi.testsupport;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * Where code lives in a service of the suite, as rules the build checks on the compiled classes: each service's
 * {@code ArchitectureTest} extends this with its own package. No other service's classes; resources go through
 * services, never to the {@code EntityManager}, a repository or a query; nothing outside {@code rest} and {@code api}
 * knows the API's records (services return results of their own, mapped at the edge); the events a service
 * publishes or reads depend on nothing else of it; no cycle between its packages; no record of the API with an
 * identical twin elsewhere in the service unless the service says why ({@link #twinsWithAReason()}).
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

    /**
     * A record of {@code api} and one elsewhere in the service with the same components (names and types, the
     * service's own types counted as one) are twins: a change to one is a change to the other and its mapper. What a
     * client sends and the service takes as it is lives once, beside the rules that check it, and the resource takes
     * it; a twin that must stay is named in {@link #twinsWithAReason()} with its reason.
     */
    @Test
    public void noTwinsWithoutAReason() {
        List<Class<?>> records = classes.stream().filter(javaClass -> !javaClass.getPackageName().startsWith(
                base + ".rest")).map(JavaClass::reflect).filter(Class::isRecord).toList();
        Map<String, String> reasons = twinsWithAReason();
        List<String> twins = new ArrayList<>();
        for (Class<?> view : records) {
            if (!view.getPackageName().startsWith(base + ".api")) {
                continue;
            }
            for (Class<?> other : records) {
                String pair = view.getSimpleName() + "=" + other.getSimpleName();
                if (!other.getPackageName().startsWith(base + ".api") && components(view).equals(components(other))
                        && !reasons.containsKey(pair)) {
                    twins.add(view.getName() + " = " + other.getName());
                }
            }
        }
        if (!twins.isEmpty()) {
            throw new AssertionError("twin records without a reason: " + twins);
        }
    }

    /** {@code "ApiRecord=OtherRecord"} to why both stay; none by default. */
    protected Map<String, String> twinsWithAReason() {
        return Map.of();
    }

    /** A record's components by name and shape; a record of the service inside it counts by its own components. */
    private List<String> components(Class<?> record) {
        return Arrays.stream(record.getRecordComponents())
                .map(component -> component.getName() + ":" + shape(component.getGenericType())).toList();
    }

    private String shape(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return shape(parameterized.getRawType()) + Arrays.stream(parameterized.getActualTypeArguments())
                    .map(this::shape).toList();
        }
        if (type instanceof Class<?> javaClass && javaClass.isRecord() && javaClass.getName().startsWith(base)) {
            return components(javaClass).toString();
        }
        if (type instanceof Class<?> javaClass && javaClass.isEnum() && javaClass.getName().startsWith(base)) {
            return "enum" + Arrays.toString(javaClass.getEnumConstants());
        }
        return type.getTypeName();
    }

    @Test
    public void noCyclesBetweenPackages() {
        slices().matching(base + ".(*)..").should().beFreeOfCycles().check(classes);
    }
}
