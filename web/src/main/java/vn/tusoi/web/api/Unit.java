package vn.tusoi.web.api;

import java.util.Arrays;
import java.util.List;

/** A unit of the hierarchy as organization-service shows it. */
public record Unit(String code, String name, String kind, String parentCode, String path, int depth,
        Integer memberCount) {

    /** The codes of the units above this one, the root first ({@code /HT/HT-DT/HT-DT.VKS/} → HT, HT-DT). */
    public List<String> ancestorCodes() {
        if (path == null || path.length() < 2) {
            return List.of();
        }
        List<String> codes = Arrays.asList(path.substring(1, path.length() - 1).split("/"));
        return codes.subList(0, Math.max(0, codes.size() - 1));
    }
}
