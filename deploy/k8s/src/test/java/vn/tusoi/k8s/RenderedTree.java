package vn.tusoi.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** An overlay of deploy/k8s rendered by {@code kubectl kustomize}, as the objects it would apply. */
final class RenderedTree {

    static final Path ROOT = Path.of(System.getProperty("stack.root", "../..")).toAbsolutePath().normalize();
    static final Path K8S = ROOT.resolve("deploy/k8s");
    static final ObjectMapper JSON = new ObjectMapper();
    static final YAMLMapper YAML = new YAMLMapper();

    final String overlay;
    final List<JsonNode> objects;

    private RenderedTree(String overlay, List<JsonNode> objects) {
        this.overlay = overlay;
        this.objects = objects;
    }

    static RenderedTree render(String overlay) {
        return new RenderedTree(overlay, parse(kustomize(K8S.resolve("overlays").resolve(overlay))));
    }

    static String kustomize(Path directory) {
        try {
            Process process = new ProcessBuilder("kubectl", "kustomize", directory.toString()).start();
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + directory + " failed: " + err);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("kubectl is needed to render deploy/k8s: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<JsonNode> parse(String yaml) {
        List<JsonNode> objects = new ArrayList<>();
        try (var parser = new YAMLFactory().createParser(yaml)) {
            YAML.readValues(parser, JsonNode.class).forEachRemaining(node -> {
                if (node != null && !node.isNull() && !node.isEmpty()) {
                    objects.add(node);
                }
            });
        } catch (IOException e) {
            throw new AssertionError("the rendered manifests are not YAML: " + e.getMessage(), e);
        }
        return objects;
    }

    List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(kind(kind)).toList();
    }

    JsonNode one(String kind, String name) {
        return objects.stream().filter(kind(kind).and(o -> o.at("/metadata/name").asText().equals(name)))
                .findFirst().orElseThrow(() -> new AssertionError(overlay + " has no " + kind + " " + name));
    }

    ArrayNode asArray() {
        ArrayNode array = JSON.createArrayNode();
        objects.forEach(array::add);
        return array;
    }

    static Predicate<JsonNode> kind(String kind) {
        return object -> object.path("kind").asText().equals(kind);
    }
}
