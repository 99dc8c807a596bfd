package vn.tusoi.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The CloudNativePG and Keycloak objects. Neither operator's CRD schemas are in a registry package this build
 * takes (Maven Central, npm), so these are this suite's own checks of what it relies on, not the operators'
 * schemas; the realm is checked against the local stack's, deploy/keycloak/tusoi-realm.json.
 */
class OperatorObjectsTest {

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void eachDatabaseIsAClusterItsServiceCanUse(String overlay) {
        RenderedTree tree = RenderedTree.render(overlay);
        for (JsonNode cluster : tree.ofKind("Cluster")) {
            String name = cluster.at("/metadata/name").asText();
            assertEquals("postgresql.cnpg.io/v1", cluster.path("apiVersion").asText());
            String database = name.replace("-db", "");
            assertEquals(database, cluster.at("/spec/bootstrap/initdb/database").asText(), name);
            assertEquals(database, cluster.at("/spec/bootstrap/initdb/owner").asText(), name);
            assertTrue(cluster.at("/spec/storage/size").isTextual(), name);
            assertEquals(overlay.equals("production") ? 3 : 1, cluster.at("/spec/instances").asInt(), name);
        }
        JsonNode keycloak = tree.one("Keycloak", "keycloak");
        assertEquals("keycloak-db-rw", keycloak.at("/spec/db/host").asText(), "the keycloak-db cluster's primary");
        assertEquals("keycloak-db-app", keycloak.at("/spec/db/passwordSecret/name").asText());
        assertEquals("keycloak", tree.one("KeycloakRealmImport", "tusoi").at("/spec/keycloakCRName").asText());
        // the services ask Keycloak's own service for the realm
        assertTrue(tree.one("ConfigMap", "tusoi-services").at("/data/OIDC_URL").asText()
                .startsWith("http://keycloak-service:8080/realms/tusoi"));
    }

    @Test
    void theProductionRealmHasNoDemoUsersNorClients() {
        JsonNode realm = RenderedTree.render("production").one("KeycloakRealmImport", "tusoi").at("/spec/realm");
        // a service account, no person
        assertEquals(List.of("service-account-aggregation-service"), realm.path("users").findValuesAsText("username"));
        assertEquals("[\"view-users\"]", realm.at("/users/0/clientRoles/realm-management").toString());
        assertEquals(List.of("web", "aggregation-service"), clientIds(realm));
        assertEquals("${MEMBER_DIRECTORY_SECRET}", realm.at("/clients/1/secret").asText(),
                "aggregation-service's secret comes from tusoi-member-directory");
        JsonNode web = realm.at("/clients/0");
        assertEquals("${WEB_CLIENT_SECRET}", web.path("secret").asText(), "the web's secret comes from tusoi-web");
        assertEquals("${WEB_URL}/*", web.at("/redirectUris/0").asText());
        assertFalse(realm.toString().contains("localhost"), "a local address in the production realm");
    }

    @Test
    void theLocalRealmIsTheLocalStacksRealm() throws Exception {
        JsonNode realm = RenderedTree.render("local").one("KeycloakRealmImport", "tusoi").at("/spec/realm");
        JsonNode stack = RenderedTree.JSON.readTree(RenderedTree.ROOT.resolve("deploy/keycloak/tusoi-realm.json")
                .toFile());
        assertEquals(9, realm.path("users").size());
        ObjectNode rendered = realm.deepCopy();
        // the clients' secrets are the local stack's, through the Secrets and the operator's placeholders
        for (JsonNode client : rendered.withArray("clients")) {
            if (client.path("clientId").asText().equals("web")) {
                ((ObjectNode) client).put("secret", "web-secret-for-the-local-stack-only");
            }
            if (client.path("clientId").asText().equals("aggregation-service")) {
                ((ObjectNode) client).put("secret", "aggregation-secret-for-the-local-stack-only");
            }
        }
        assertEquals(byClientId(stack), byClientId(rendered));
        ((ObjectNode) stack).remove("clients");
        rendered.remove("clients");
        assertEquals(stack, rendered);
    }

    private static List<String> clientIds(JsonNode realm) {
        return realm.path("clients").findValuesAsText("clientId");
    }

    /** The clients by id: JSON objects compare whatever their keys' order. */
    private static Map<String, JsonNode> byClientId(JsonNode realm) {
        Map<String, JsonNode> clients = new TreeMap<>();
        realm.path("clients").forEach(client -> clients.put(client.path("clientId").asText(), client));
        return clients;
    }
}
