package vn.tusoi.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/** What the suite needs of a cluster is in both overlays, sized for each. */
class ManifestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void eachServiceRunsWithProbesResourcesABudgetAndAnAutoscaler(String overlay) {
        RenderedTree tree = RenderedTree.render(overlay);
        int replicas = overlay.equals("production") ? 3 : 1;
        for (String service : EnvironmentTest.SERVICES) {
            JsonNode deployment = tree.one("Deployment", service);
            assertEquals(replicas, deployment.at("/spec/replicas").asInt(), service);
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText(), service);
            assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText(), service);
            assertTrue(container.at("/resources/requests/cpu").isTextual()
                    && container.at("/resources/limits/memory").isTextual(), service + ": requests and limits");
            assertTrue(container.path("image").asText().startsWith("tusoi/" + service + ":"), service);
            assertEquals(service, tree.one("Service", service).at("/spec/selector/app.kubernetes.io~1name")
                    .asText());
            assertEquals(service, tree.one("PodDisruptionBudget", service)
                    .at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText());
            JsonNode autoscaler = tree.one("HorizontalPodAutoscaler", service);
            assertEquals(service, autoscaler.at("/spec/scaleTargetRef/name").asText());
            assertEquals(replicas, autoscaler.at("/spec/minReplicas").asInt(), service);
        }
        assertTrue(tree.objects.stream().allMatch(o -> o.path("kind").asText().equals("Namespace")
                || o.at("/metadata/namespace").asText().equals("tusoi")), "everything in the tusoi namespace");
    }

    @Test
    void topicsAreTheServicesOwnSizedForAClusterAndLeftToTheTopicOperator() throws Exception {
        RenderedTree tree = RenderedTree.render("production");
        Set<String> published = new TreeSet<>();
        for (String service : List.of("organization-service", "session-service", "aggregation-service")) {
            published.addAll(Arrays.asList(properties(service).getProperty("outbox.topics").split(",")));
        }
        Set<String> topics = tree.ofKind("KafkaTopic").stream().map(t -> t.at("/spec/topicName").asText())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(published, topics);
        Set<String> consumed = Set.of(properties("aggregation-service").getProperty(
                "mp.messaging.incoming.events.topics").split(","));
        assertTrue(topics.containsAll(consumed), "every topic the aggregation reads is there");
        for (JsonNode topic : tree.ofKind("KafkaTopic")) {
            assertEquals(12, topic.at("/spec/partitions").asInt(), topic.toString());
            assertEquals(3, topic.at("/spec/replicas").asInt());
            assertEquals("compact", topic.at("/spec/config/cleanup.policy").asText());
            assertEquals(2, topic.at("/spec/config/min.insync.replicas").asInt());
        }
        JsonNode config = tree.one("ConfigMap", "tusoi-services").get("data");
        assertEquals("false", config.get("OUTBOX_TOPIC_CREATION_ENABLED").asText(), "the services create no topic");
        // a replica beyond the partitions of the topics it reads would be given none
        assertTrue(tree.one("HorizontalPodAutoscaler", "aggregation-service").at("/spec/maxReplicas").asInt() <= 12);
        JsonNode pool = tree.one("KafkaNodePool", "dual-role");
        assertEquals(3, pool.at("/spec/replicas").asInt());
        assertEquals(Set.of("controller", "broker"), Set.of(pool.at("/spec/roles/0").asText(), pool.at(
                "/spec/roles/1").asText()), "KRaft: no ZooKeeper");

        RenderedTree local = RenderedTree.render("local");
        local.ofKind("KafkaTopic").forEach(topic -> assertEquals(1, topic.at("/spec/replicas").asInt()));
        assertEquals(1, local.one("KafkaNodePool", "dual-role").at("/spec/replicas").asInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void onlyEachServiceReachesItsOwnDatabase(String overlay) {
        RenderedTree tree = RenderedTree.render(overlay);
        Map<String, String> owners = Map.of("organization-db", "organization-service", "session-db",
                "session-service", "aggregation-db", "aggregation-service", "keycloak-db", "keycloak");
        assertEquals(owners.keySet(), tree.ofKind("Cluster").stream().map(c -> c.at("/metadata/name").asText())
                .collect(Collectors.toSet()));
        for (Map.Entry<String, String> database : owners.entrySet()) {
            List<JsonNode> policies = tree.ofKind("NetworkPolicy").stream().filter(p -> p.at(
                    "/spec/podSelector/matchLabels/cnpg.io~1cluster").asText().equals(database.getKey())).toList();
            assertEquals(1, policies.size(), database.getKey());
            List<String> peers = new ArrayList<>();
            for (JsonNode rule : policies.get(0).at("/spec/ingress")) {
                boolean postgres = false;
                for (JsonNode port : rule.path("ports")) {
                    postgres |= port.path("port").asInt() == 5432;
                }
                if (postgres) {
                    rule.path("from").forEach(peer -> peers.add(peer.toString()));
                }
            }
            assertEquals(2, peers.size(), database.getKey() + ": its owner and its own instances: " + peers);
            assertTrue(peers.stream().anyMatch(peer -> peer.contains("\"" + database.getValue() + "\"")), peers
                    .toString());
            assertTrue(peers.stream().anyMatch(peer -> peer.contains("\"" + database.getKey() + "\"")), peers
                    .toString());
        }
        // each service takes its credentials from its own database's secret and its own broker user's, no other's
        // (and the aggregation, which mails the notices, the SMTP server's)
        for (String service : List.of("organization-service", "session-service", "aggregation-service")) {
            Set<String> secrets = new TreeSet<>();
            tree.one("Deployment", service).at("/spec/template/spec/containers/0/env").forEach(env -> {
                if (env.at("/valueFrom/secretKeyRef/name").isTextual()) {
                    secrets.add(env.at("/valueFrom/secretKeyRef/name").asText());
                }
            });
            Set<String> own = new TreeSet<>(Set.of(service.replace("-service", "-db") + "-app", service));
            if (service.equals("aggregation-service")) {
                // the notices' e-mail: the SMTP server, and the identity provider's client for members' addresses
                own.add("tusoi-smtp");
                own.add("tusoi-member-directory");
            }
            assertEquals(own, secrets, service);
        }
    }

    /** base/generated holds what the services' build writes (deploy/k8s/generate copies it). */
    @Test
    void theGeneratedManifestsAreWhatTheBuildWrites() throws Exception {
        for (String service : EnvironmentTest.SERVICES) {
            Path built = RenderedTree.ROOT.resolve(service).resolve("target/kubernetes/kubernetes.yml");
            assertTrue(Files.exists(built), built + ": the service is built before this module");
            // as objects: the generator writes labels in no fixed order
            assertEquals(RenderedTree.parse(Files.readString(built)), RenderedTree.parse(Files.readString(
                    RenderedTree.K8S.resolve("base/generated").resolve(service + ".yml"))),
                    service + ": run deploy/k8s/generate");
        }
    }

    static Properties properties(String service) throws Exception {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(RenderedTree.ROOT.resolve(service)
                .resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties;
    }
}
