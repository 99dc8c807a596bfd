package vn.tusoi.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The environment variables a service reads that its Deployment must set: those its configuration reads without a
 * default, and those whose default is the local stack's (a {@code localhost} address, a secret "of the local stack
 * only"), which a cluster must never run with. A variable counts as set when the Deployment gives it a value or
 * takes it from a ConfigMap or Secret that provides the key: one in the rendered tree, one an operator makes from
 * an object in the tree (CloudNativePG's {@code <cluster>-app}), or one created at install (deploy/k8s/README.md).
 */
final class EnvironmentCheck {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:([^}]*))?}");
    /** What CloudNativePG writes in {@code <cluster>-app} for the database's owner. */
    private static final Set<String> DATABASE_SECRET_KEYS = Set.of("username", "password", "host", "port", "dbname",
            "uri", "jdbc-uri", "pgpass");

    private final List<JsonNode> objects;
    private final Map<String, Set<String>> installedSecrets;

    EnvironmentCheck(List<JsonNode> objects, Map<String, Set<String>> installedSecrets) {
        this.objects = objects;
        this.installedSecrets = installedSecrets;
    }

    /** The variables a service's configuration reads that a cluster must set. */
    static Set<String> required(Path applicationProperties) throws IOException {
        Set<String> required = new TreeSet<>();
        for (String line : Files.readAllLines(applicationProperties)) {
            if (line.startsWith("#") || line.startsWith("%")) {
                continue;
            }
            Matcher reference = REFERENCE.matcher(line);
            while (reference.find()) {
                String fallback = reference.group(3);
                if (fallback == null || fallback.contains("localhost") || fallback.contains("local-stack")) {
                    required.add(reference.group(1));
                }
            }
        }
        return required;
    }

    /** Of these variables, those the service's Deployment leaves unset, each with why. */
    List<String> unset(String deployment, Set<String> variables) {
        JsonNode container = objects.stream().filter(RenderedTree.kind("Deployment"))
                .filter(o -> o.at("/metadata/name").asText().equals(deployment)).findFirst()
                .orElseThrow(() -> new AssertionError("no Deployment " + deployment))
                .at("/spec/template/spec/containers/0");
        List<String> unset = new ArrayList<>();
        for (String variable : variables) {
            String missing = whyUnset(container, variable);
            if (missing != null) {
                unset.add(deployment + " " + variable + ": " + missing);
            }
        }
        return unset;
    }

    private String whyUnset(JsonNode container, String variable) {
        for (JsonNode env : container.path("env")) {
            if (env.path("name").asText().equals(variable)) {
                if (env.has("value")) {
                    return null;
                }
                JsonNode secret = env.at("/valueFrom/secretKeyRef");
                if (!secret.isMissingNode()) {
                    return provides("Secret", secret.path("name").asText(), secret.path("key").asText());
                }
                JsonNode map = env.at("/valueFrom/configMapKeyRef");
                if (!map.isMissingNode()) {
                    return provides("ConfigMap", map.path("name").asText(), map.path("key").asText());
                }
                return env.has("valueFrom") ? null : "named without a value";
            }
        }
        for (JsonNode from : container.path("envFrom")) {
            String kind = from.has("configMapRef") ? "ConfigMap" : "Secret";
            String name = from.path(kind.equals("ConfigMap") ? "configMapRef" : "secretRef").path("name").asText();
            if (provides(kind, name, variable) == null) {
                return null;
            }
        }
        return "neither in its env nor in a ConfigMap or Secret it reads";
    }

    /** Null when the object provides the key, else why not. */
    private String provides(String kind, String name, String key) {
        for (JsonNode object : objects) {
            if (object.path("kind").asText().equals(kind) && object.at("/metadata/name").asText().equals(name)) {
                boolean has = object.path("data").has(key) || object.path("stringData").has(key);
                return has ? null : kind + " " + name + " has no " + key;
            }
        }
        if (kind.equals("Secret") && name.endsWith("-app") && objects.stream().anyMatch(o -> o.path("kind")
                .asText().equals("Cluster") && (o.at("/metadata/name").asText() + "-app").equals(name))) {
            return DATABASE_SECRET_KEYS.contains(key) ? null : "CloudNativePG writes no " + key + " in " + name;
        }
        if (kind.equals("Secret") && installedSecrets.containsKey(name)) {
            return installedSecrets.get(name).contains(key)
                    ? null
                    : "the Secret " + name + " created at install has no " + key;
        }
        return "no " + kind + " " + name;
    }
}
