package vn.tusoi.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a cluster deployment must hold of security and durability, read from the rendered overlays: hardened pods,
 * a network policy in front of every workload, a broker that authenticates each service and lets it write only its
 * own topics, the sign-in at one public address that is every token's issuer, and databases that can be restored.
 */
class ClusterSecurityTest {

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyPodRunsAsNonRootOnAReadOnlyFilesystemWithoutPrivilegesOrAToken(String overlay) {
        RenderedTree tree = RenderedTree.render(overlay);
        for (String service : EnvironmentTest.SERVICES) {
            JsonNode pod = tree.one("Deployment", service).at("/spec/template/spec");
            assertFalse(pod.path("automountServiceAccountToken").asBoolean(true), service + ": no token");
            assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean(), service);
            assertEquals("RuntimeDefault", pod.at("/securityContext/seccompProfile/type").asText(), service);
            JsonNode container = pod.at("/containers/0");
            assertTrue(container.at("/securityContext/readOnlyRootFilesystem").asBoolean(), service);
            assertFalse(container.at("/securityContext/allowPrivilegeEscalation").asBoolean(true), service);
            assertEquals("ALL", container.at("/securityContext/capabilities/drop/0").asText(), service);
            // the one writable place, for the JVM's and Vert.x's temporary files
            assertEquals("/tmp", container.at("/volumeMounts/0/mountPath").asText(), service);
            assertTrue(pod.at("/volumes/0/emptyDir").isObject(), service);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyWorkloadHasANetworkPolicyAndEachServiceIsReachedOnlyByItsClients(String overlay) {
        RenderedTree tree = RenderedTree.render(overlay);
        Map<String, JsonNode> byApp = new HashMap<>();
        for (JsonNode policy : tree.ofKind("NetworkPolicy")) {
            JsonNode labels = policy.at("/spec/podSelector/matchLabels");
            String app = labels.has("app.kubernetes.io/name")
                    ? labels.get("app.kubernetes.io/name").asText()
                    : labels.path("app.kubernetes.io/instance").asText();
            byApp.put(app, policy);
        }
        for (String workload : List.of("web", "organization-service", "session-service", "aggregation-service",
                "keycloak")) {
            assertTrue(byApp.containsKey(workload), workload + " has a network policy");
            assertEquals("Ingress", byApp.get(workload).at("/spec/policyTypes/0").asText());
        }
        // the web is reached through the ingress alone; no service reaches another that it does not call
        assertFalse(peers(byApp.get("web")).stream().anyMatch(p -> p.contains("podSelector")), "web: ingress only");
        assertFalse(peers(byApp.get("organization-service")).stream().anyMatch(p -> p.contains(
                "aggregation-service")));
        assertTrue(peers(byApp.get("session-service")).stream().anyMatch(p -> p.contains("aggregation-service")));
        assertFalse(peers(byApp.get("aggregation-service")).stream().anyMatch(p -> p.contains("session-service")));
        // the broker's policy: Strimzi's, from the listener's peers, the three services only
        JsonNode listener = tree.one("Kafka", "tusoi").at("/spec/kafka/listeners/0");
        assertEquals(Set.of("organization-service", "session-service", "aggregation-service"), texts(listener.at(
                "/networkPolicyPeers/0/podSelector/matchExpressions/0/values")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void theBrokerAuthenticatesEachServiceLetsItWriteOnlyItsOwnTopicsAndReadWhatItConsumes(String overlay)
            throws Exception {
        RenderedTree tree = RenderedTree.render(overlay);
        JsonNode kafka = tree.one("Kafka", "tusoi").at("/spec/kafka");
        for (JsonNode listener : kafka.path("listeners")) {
            assertEquals("scram-sha-512", listener.at("/authentication/type").asText(), listener.toString());
        }
        assertEquals("simple", kafka.at("/authorization/type").asText());
        assertTrue(tree.one("Kafka", "tusoi").at("/spec/entityOperator/userOperator").isObject());
        Map<String, String> owns = Map.of("organization-service", "org.", "session-service", "session.",
                "aggregation-service", "rollup");
        for (Map.Entry<String, String> service : owns.entrySet()) {
            JsonNode user = tree.one("KafkaUser", service.getKey());
            assertEquals("scram-sha-512", user.at("/spec/authentication/type").asText());
            for (String topic : ManifestsTest.properties(service.getKey()).getProperty("outbox.topics").split(",")) {
                assertTrue(may(user, "Write", topic), service.getKey() + " writes " + topic);
                for (Map.Entry<String, String> other : owns.entrySet()) {
                    if (!other.getKey().equals(service.getKey())) {
                        assertFalse(may(tree.one("KafkaUser", other.getKey()), "Write", topic),
                                other.getKey() + " may not write " + topic);
                    }
                }
            }
            for (String topic : consumed(service.getKey())) {
                assertTrue(may(user, "Read", topic), service.getKey() + " reads " + topic);
            }
            // it signs in with the Secret Strimzi writes for its user
            boolean signsIn = false;
            for (JsonNode env : tree.one("Deployment", service.getKey()).at("/spec/template/spec/containers/0/env")) {
                signsIn |= env.path("name").asText().equals("KAFKA_SASL_JAAS_CONFIG")
                        && env.at("/valueFrom/secretKeyRef/name").asText().equals(service.getKey());
            }
            assertTrue(signsIn, service.getKey() + " reads its KafkaUser's sasl.jaas.config");
        }
        JsonNode config = tree.one("ConfigMap", "tusoi-services").get("data");
        assertEquals("SASL_PLAINTEXT", config.get("KAFKA_SECURITY_PROTOCOL").asText());
        assertEquals("SCRAM-SHA-512", config.get("KAFKA_SASL_MECHANISM").asText());
    }

    @Test
    void productionSignsInAtThePublicAddressOverTlsAndFetchesKeysInside() throws Exception {
        RenderedTree tree = RenderedTree.render("production");
        JsonNode addresses = tree.one("ConfigMap", "tusoi-public").get("data");
        String webHost = addresses.get("WEB_HOST").asText();
        String loginHost = addresses.get("LOGIN_HOST").asText();
        JsonNode keycloak = tree.one("Keycloak", "keycloak").get("spec");
        assertEquals("https://" + loginHost, keycloak.at("/hostname/hostname").asText());
        assertTrue(keycloak.at("/hostname/backchannelDynamic").asBoolean(), "keys fetched at the inside address");
        assertEquals("xforwarded", keycloak.at("/proxy/headers").asText());
        JsonNode config = tree.one("ConfigMap", "tusoi-services").get("data");
        assertEquals("https://" + loginHost + "/realms/tusoi", config.get("QUARKUS_OIDC_TOKEN_ISSUER").asText(),
                "every service and the web accept the public issuer");
        assertTrue(config.get("OIDC_URL").asText().startsWith("http://keycloak-service:8080/"), "inside");
        assertFalse(config.has("QUARKUS_PROFILE"), "the packaged prod profile, which refuses local secrets");
        JsonNode realm = tree.one("KeycloakRealmImport", "tusoi").at("/spec/realm");
        assertEquals("external", realm.path("sslRequired").asText());
        assertTrue(realm.path("bruteForceProtected").asBoolean());
        JsonNode ingress = tree.one("Ingress", "tusoi").get("spec");
        assertEquals(Set.of(webHost, loginHost), texts(ingress.at("/tls/0/hosts")));
        assertEquals("tusoi-tls", ingress.at("/tls/0/secretName").asText());
        assertEquals(webHost, ingress.at("/rules/0/host").asText());
        assertEquals("web", ingress.at("/rules/0/http/paths/0/backend/service/name").asText());
        assertEquals(loginHost, ingress.at("/rules/1/host").asText());
        for (JsonNode path : ingress.at("/rules/1/http/paths")) {
            assertFalse(path.path("path").asText().startsWith("/admin"), "no admin console outside");
        }
        // the web behind the proxy: https redirects, secure cookies
        var web = ManifestsTest.properties("web");
        assertEquals("true", web.getProperty("%prod.quarkus.http.proxy.proxy-address-forwarding"));
        assertEquals("true", web.getProperty("%prod.quarkus.oidc.authentication.force-redirect-https-scheme"));
        assertEquals("true", web.getProperty("%prod.quarkus.oidc.authentication.cookie-force-secure"));

        RenderedTree local = RenderedTree.render("local");
        String localIssuer = local.one("ConfigMap", "tusoi-services").at("/data/QUARKUS_OIDC_TOKEN_ISSUER").asText();
        assertEquals(local.one("Keycloak", "keycloak").at("/spec/hostname/hostname").asText() + "/realms/tusoi",
                localIssuer);
    }

    /**
     * Outside the cluster only the web and Keycloak's sign-in pages are reachable (the ingress routes nothing else),
     * the web has no metrics endpoint, and the services' Swagger UI is off in their production profile: /q/metrics
     * and the API documentation stay inside, for Prometheus (the monitoring namespace) and the peers.
     */
    @Test
    void productionExposesOnlyTheWebAndTheSignInOutside() throws Exception {
        JsonNode ingress = RenderedTree.render("production").one("Ingress", "tusoi").get("spec");
        Set<String> backends = new HashSet<>();
        ingress.path("rules").forEach(rule -> rule.at("/http/paths").forEach(path -> backends.add(path.at(
                "/backend/service/name").asText())));
        assertEquals(Set.of("web", "keycloak-service"), backends);
        String webPom = Files.readString(RenderedTree.ROOT.resolve("web/pom.xml"));
        assertFalse(webPom.contains("micrometer"), "the web exposes no /q/metrics");
        for (String service : List.of("organization-service", "session-service", "aggregation-service")) {
            assertEquals("false", ManifestsTest.properties(service).getProperty("%prod.quarkus.swagger-ui.enabled"),
                    service);
        }
    }

    @Test
    void productionImagesAreImmutable() {
        RenderedTree tree = RenderedTree.render("production");
        for (String service : EnvironmentTest.SERVICES) {
            String image = tree.one("Deployment", service).at("/spec/template/spec/containers/0/image").asText();
            boolean digest = image.contains("@sha256:");
            String tag = image.substring(image.lastIndexOf(':') + 1);
            assertTrue(digest || !(tag.equals("latest") || tag.endsWith("SNAPSHOT") || image.indexOf(':') < 0),
                    service + ": " + image + " is not an immutable release");
        }
    }

    @Test
    void everyProductionDatabaseIsBackedUpWithItsWalArchived() {
        RenderedTree tree = RenderedTree.render("production");
        String bucket = tree.one("ConfigMap", "tusoi-public").at("/data/BACKUP_BUCKET").asText();
        Set<String> scheduled = new HashSet<>();
        for (JsonNode backup : tree.ofKind("ScheduledBackup")) {
            assertEquals("barmanObjectStore", backup.at("/spec/method").asText());
            assertEquals(6, backup.at("/spec/schedule").asText().split(" ").length, "CloudNativePG's cron has seconds");
            scheduled.add(backup.at("/spec/cluster/name").asText());
        }
        Set<String> clusters = new HashSet<>();
        for (JsonNode cluster : tree.ofKind("Cluster")) {
            String name = cluster.at("/metadata/name").asText();
            clusters.add(name);
            JsonNode store = cluster.at("/spec/backup/barmanObjectStore");
            assertEquals("s3://" + bucket, store.path("destinationPath").asText(), name);
            assertEquals("tusoi-backup", store.at("/s3Credentials/accessKeyId/name").asText(), name);
            assertEquals("tusoi-backup", store.at("/s3Credentials/secretAccessKey/name").asText(), name);
            assertTrue(store.at("/wal/compression").isTextual(), name + ": its WAL archived");
            assertTrue(cluster.at("/spec/backup/retentionPolicy").isTextual(), name);
        }
        assertEquals(clusters, scheduled, "a nightly base backup of each");
        // the local overlay has no object store
        RenderedTree.render("local").ofKind("Cluster").forEach(c -> assertTrue(c.at("/spec/backup").isMissingNode()));
    }

    /** The topics the service's consumers read (its rebuild's too), from its packaged configuration. */
    private static List<String> consumed(String service) throws Exception {
        Properties properties = ManifestsTest.properties(service);
        List<String> topics = new ArrayList<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.matches("mp\\.messaging\\.incoming\\.[^.]+\\.topics?")) {
                topics.addAll(Arrays.asList(properties.getProperty(name).split(",")));
            }
        }
        if (service.equals("aggregation-service")) {
            topics.add("rollup.frozen"); // read back by a rebuild's own consumer
        }
        return topics;
    }

    private static boolean may(JsonNode user, String operation, String topic) {
        for (JsonNode acl : user.at("/spec/authorization/acls")) {
            String name = acl.at("/resource/name").asText();
            boolean matches = acl.at("/resource/type").asText().equals("topic")
                    && (acl.at("/resource/patternType").asText().equals("prefix")
                            ? topic.startsWith(name)
                            : topic.equals(name));
            if (matches && texts(acl.path("operations")).contains(operation)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> peers(JsonNode policy) {
        List<String> peers = new ArrayList<>();
        policy.at("/spec/ingress").forEach(rule -> rule.path("from").forEach(peer -> peers.add(peer.toString())));
        return peers;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new HashSet<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
