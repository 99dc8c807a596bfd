package vn.tusoi.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

/**
 * Every rendered object against the schemas its API publishes: the Kubernetes objects against the API schemas of
 * the npm package {@code kubernetes-models} (types, required fields, formats) and bound to the fabric8 model (no
 * field the API does not know); Strimzi's objects bound to Strimzi's own API model ({@code io.strimzi:api}, the
 * classes its operator reads them into). CloudNativePG and the Keycloak operator publish their CRD schemas in no
 * registry package this build can take: {@code OperatorObjectsTest} checks what this suite relies on of them.
 */
class SchemaValidationTest {

    /** The custom resources' groups: validated by their operator's model here or in OperatorObjectsTest. */
    private static final Set<String> OPERATOR_GROUPS = Set.of("kafka.strimzi.io", "postgresql.cnpg.io",
            "k8s.keycloak.org");

    private static final Map<String, Class<?>> MODELS = Map.of("Deployment", Deployment.class, "Service",
            Service.class, "ConfigMap", ConfigMap.class, "Secret", Secret.class, "Namespace", Namespace.class,
            "PodDisruptionBudget", PodDisruptionBudget.class, "HorizontalPodAutoscaler",
            HorizontalPodAutoscaler.class, "NetworkPolicy", NetworkPolicy.class, "Ingress", Ingress.class);

    private static final Map<String, Class<?>> STRIMZI = Map.of("Kafka", Kafka.class, "KafkaNodePool",
            KafkaNodePool.class, "KafkaTopic", KafkaTopic.class, "KafkaUser", KafkaUser.class);

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyKubernetesObjectMeetsTheApiSchemas(String overlay) {
        RenderedTree tree = RenderedTree.render(overlay);
        JsonNode report = validate(tree.asArray());
        assertEquals(List.of(), strings(report.get("errors")), overlay + ": objects the API schemas refuse");
        long core = tree.objects.stream().filter(o -> !OPERATOR_GROUPS.contains(group(o))).count();
        assertEquals(core, report.get("validated").size(), overlay + ": every Kubernetes object validated");
        assertTrue(strings(report.get("skipped")).stream().allMatch(s -> OPERATOR_GROUPS.contains(s.split("/")[0])),
                "only the operators' objects are left to their own models: " + report.get("skipped"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void noKubernetesObjectHasAFieldTheApiDoesNotKnow(String overlay) {
        RenderedTree tree = RenderedTree.render(overlay);
        List<String> unknown = new ArrayList<>();
        for (JsonNode object : tree.objects) {
            Class<?> model = MODELS.get(object.path("kind").asText());
            if (OPERATOR_GROUPS.contains(group(object))) {
                continue;
            }
            assertTrue(model != null, "no model class for " + object.path("kind").asText());
            UnknownFields.of(RenderedTree.JSON.convertValue(object, model))
                    .forEach(field -> unknown.add(name(object) + ": " + field));
        }
        assertEquals(List.of(), unknown, overlay);
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void strimzisObjectsAreWhatItsApiModelReads(String overlay) throws Exception {
        RenderedTree tree = RenderedTree.render(overlay);
        List<String> unknown = new ArrayList<>();
        int bound = 0;
        for (JsonNode object : tree.objects) {
            if (!group(object).equals("kafka.strimzi.io")) {
                continue;
            }
            Class<?> model = STRIMZI.get(object.path("kind").asText());
            assertTrue(model != null, "not a kind this suite uses: " + name(object));
            @SuppressWarnings("unchecked")
            List<String> versions = (List<String>) model.getField("VERSIONS").get(null);
            String version = object.path("apiVersion").asText().split("/")[1];
            assertTrue(versions.contains(version), name(object) + ": " + version + " is not one of " + versions);
            UnknownFields.of(RenderedTree.JSON.convertValue(object, model))
                    .forEach(field -> unknown.add(name(object) + ": " + field));
            bound++;
        }
        assertEquals(List.of(), unknown, overlay);
        assertEquals(19, bound, "a Kafka, its node pool, 14 topics and 3 users");
    }

    /** The checks above can fail: a misspelled field and a wrong type are found. */
    @Test
    void aMisspelledFieldAndAWrongTypeAreFound() {
        RenderedTree tree = RenderedTree.render("production");
        ObjectNode deployment = tree.one("Deployment", "session-service").deepCopy();
        ((ObjectNode) deployment.at("/spec/template/spec/containers/0")).put("imagePullPolcy", "Always");
        assertEquals(List.of("spec.template.spec.containers[0].imagePullPolcy"),
                UnknownFields.of(RenderedTree.JSON.convertValue(deployment, Deployment.class)));
        ((ObjectNode) deployment.get("spec")).put("replicas", "three");
        ArrayNode one = RenderedTree.JSON.createArrayNode().add(deployment);
        assertFalse(strings(validate(one).get("errors")).isEmpty(), "replicas: \"three\" passed the schema");

        ObjectNode topic = tree.one("KafkaTopic", "rollup").deepCopy();
        ((ObjectNode) topic.get("spec")).put("partitons", 12);
        assertEquals(List.of("spec.partitons"),
                UnknownFields.of(RenderedTree.JSON.convertValue(topic, KafkaTopic.class)));
    }

    private static JsonNode validate(ArrayNode objects) {
        try {
            Process node = new ProcessBuilder("node", "validate.mjs").directory(RenderedTree.K8S.resolve("validate")
                    .toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            node.getOutputStream().write(RenderedTree.JSON.writeValueAsBytes(objects));
            node.getOutputStream().close();
            String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(node.waitFor(60, TimeUnit.SECONDS) && node.exitValue() == 0, "the validator failed: " + out);
            return RenderedTree.JSON.readTree(out);
        } catch (IOException e) {
            throw new AssertionError("node and deploy/k8s/validate's packages are needed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    static String group(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        return apiVersion.contains("/") ? apiVersion.split("/")[0] : "";
    }

    static String name(JsonNode object) {
        return object.path("kind").asText() + "/" + object.at("/metadata/name").asText();
    }
}
