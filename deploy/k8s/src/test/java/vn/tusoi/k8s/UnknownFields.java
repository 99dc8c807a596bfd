package vn.tusoi.k8s;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The fields an object bound to an API's model classes had that the model does not know: the fabric8 Kubernetes
 * model and Strimzi's API keep such fields aside ({@code getAdditionalProperties}) instead of refusing them, so a
 * misspelled field is found by walking the bound object.
 */
final class UnknownFields {

    private UnknownFields() {
    }

    static List<String> of(Object bound) {
        List<String> found = new ArrayList<>();
        walk(bound, "", found);
        return found.stream().distinct().toList();
    }

    private static void walk(Object value, String path, List<String> found) {
        if (value == null || value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                || value instanceof Enum<?> || value.getClass().isPrimitive()) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, entry) -> walk(entry, path + "." + key, found));
            return;
        }
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                walk(item, path + "[" + index++ + "]", found);
            }
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.") && !value.getClass().getName().startsWith(
                "io.strimzi.")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || getter.isBridge() || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class || !getter.getName().startsWith("get")) {
                continue;
            }
            Object property = invoke(getter, value);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (property instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                    unknown.keySet().forEach(key -> found.add(path.isEmpty()
                            ? key.toString()
                            : path.substring(1)
                                    + "." + key));
                }
            } else {
                walk(property, path + "." + decapitalize(getter.getName().substring(3)), found);
            }
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static String decapitalize(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
