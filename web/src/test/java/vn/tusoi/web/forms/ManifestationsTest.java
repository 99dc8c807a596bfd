package vn.tusoi.web.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ManifestationsTest {

    @Test
    void theTwentySevenComeInThreeGroupsOfNineNumberedInOrder() {
        List<Manifestations.Group> groups = Manifestations.groups();
        assertEquals(3, groups.size());
        groups.forEach(group -> assertEquals(9, group.items().size(), group.title()));
        assertEquals(IntStream.rangeClosed(1, 27).boxed().toList(), groups.stream()
                .flatMap(group -> group.items().stream()).map(Manifestations.Item::number).toList());
        groups.stream().flatMap(group -> group.items().stream())
                .forEach(item -> assertFalse(item.label().isBlank(), "label of " + item.number()));
        assertEquals("Suy thoái về tư tưởng chính trị", groups.get(0).title());
    }
}
