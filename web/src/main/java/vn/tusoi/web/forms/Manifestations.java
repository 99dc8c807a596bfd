package vn.tusoi.web.forms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The 27 manifestations a member checks in a self-review, in Resolution 4's three groups of nine, with their short
 * labels from {@code labels/manifestations.txt} (the one file to change for a better wording).
 */
public final class Manifestations {

    public record Item(int number, String label) {
    }

    public record Group(String title, List<Item> items) {
    }

    private static final List<Group> GROUPS = load();

    private Manifestations() {
    }

    public static List<Group> groups() {
        return GROUPS;
    }

    private static List<Group> load() {
        List<Group> groups = new ArrayList<>();
        try (InputStream in = Manifestations.class.getResourceAsStream("/labels/manifestations.txt");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String title = null;
            List<Item> items = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("# group: ")) {
                    if (title != null) {
                        groups.add(new Group(title, List.copyOf(items)));
                    }
                    title = line.substring("# group: ".length()).strip();
                    items = new ArrayList<>();
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\\|", 2);
                    items.add(new Item(Integer.parseInt(parts[0].strip()), parts[1].strip()));
                }
            }
            groups.add(new Group(title, List.copyOf(items)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(groups);
    }
}
