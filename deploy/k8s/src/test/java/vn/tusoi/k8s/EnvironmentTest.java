package vn.tusoi.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Every environment variable a service needs in a cluster is set by the manifests. */
class EnvironmentTest {

    static final List<String> SERVICES = List.of("organization-service", "session-service", "aggregation-service",
            "web");
    /** Created by whoever installs the production overlay (deploy/k8s/README.md), never kept in the tree. */
    static final Map<String, Set<String>> INSTALLED_SECRETS = Map.of("tusoi-web", Set.of("WEB_CLIENT_SECRET",
            "WEB_STATE_SECRET", "WEB_FORM_TOKEN_SECRET", "WEB_URL"), "tusoi-smtp",
            Set.of("SMTP_HOST", "SMTP_PORT",
                    "SMTP_USERNAME", "SMTP_PASSWORD", "MAIL_FROM"),
            "tusoi-member-directory",
            Set.of("MEMBER_DIRECTORY_SECRET"));

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyVariableAServiceNeedsIsSet(String overlay) throws Exception {
        RenderedTree tree = RenderedTree.render(overlay);
        EnvironmentCheck check = new EnvironmentCheck(tree.objects, overlay.equals("production")
                ? INSTALLED_SECRETS
                : Map.of());
        List<String> unset = new ArrayList<>();
        for (String service : SERVICES) {
            Set<String> required = EnvironmentCheck.required(properties(service));
            assertTrue(required.contains("OIDC_URL"), service + ": the check reads no variable");
            unset.addAll(check.unset(service, required));
        }
        assertEquals(List.of(), unset, overlay);
    }

    @Test
    void aVariableNoManifestSetsIsFound() throws Exception {
        RenderedTree tree = RenderedTree.render("local");
        List<JsonNode> objects = new ArrayList<>();
        for (JsonNode object : tree.objects) {
            JsonNode copy = object.deepCopy();
            if (SchemaValidationTest.name(copy).equals("ConfigMap/tusoi-services")) {
                ((ObjectNode) copy.get("data")).remove("KAFKA_BOOTSTRAP");
            }
            if (SchemaValidationTest.name(copy).equals("Secret/tusoi-web")) {
                continue;
            }
            objects.add(copy);
        }
        EnvironmentCheck check = new EnvironmentCheck(objects, Map.of());
        assertEquals(List.of("aggregation-service KAFKA_BOOTSTRAP: neither in its env nor in a ConfigMap or Secret "
                + "it reads"), check.unset("aggregation-service",
                        EnvironmentCheck.required(properties("aggregation-service"))));
        assertEquals(List.of("web WEB_CLIENT_SECRET: no Secret tusoi-web", "web WEB_FORM_TOKEN_SECRET: no Secret "
                + "tusoi-web", "web WEB_STATE_SECRET: no Secret tusoi-web"),
                check.unset("web", EnvironmentCheck.required(properties("web"))));
    }

    @Test
    void productionRunsTheProdProfileWhichRefusesLocalSecretsAndOnlyTheLocalOverlayLeavesIt() throws Exception {
        assertEquals("local", profile(RenderedTree.render("local")));
        assertEquals(null, profile(RenderedTree.render("production")));
        for (JsonNode object : RenderedTree.render("production").objects) {
            assertTrue(!object.toString().contains("QUARKUS_PROFILE"), SchemaValidationTest.name(object));
        }
    }

    private static String profile(RenderedTree tree) {
        return tree.objects.stream().filter(object -> SchemaValidationTest.name(object)
                .equals("ConfigMap/tusoi-services")).findFirst().orElseThrow().path("data")
                .path("QUARKUS_PROFILE").textValue();
    }

    private static java.nio.file.Path properties(String service) {
        return RenderedTree.ROOT.resolve(service).resolve("src/main/resources/application.properties");
    }
}
