package vn.tusoi.aggregation.rollup;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.tusoi.aggregation.rollup.FlowFixture.cell;
import static vn.tusoi.aggregation.rollup.FlowFixture.unit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import javax.sql.DataSource;
import vn.tusoi.aggregation.ingest.Touched;
import vn.tusoi.testsupport.StackTestResource;

/**
 * A rebuild counts its contributions in slices taken in the tree's order, so that a slice holds whole subtrees
 * (the units come off the topics in the order of their partitions, not of the tree).
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class TreeOrderTest {

    private static final String CAMPAIGN = "1-KH/TQ";

    @Inject
    RollupEngine engine;

    @Inject
    DataSource database;

    @Test
    void aRebuildsContributionsComeByCampaignEachUnitRightBeforeItsSubtree() throws Exception {
        // published children first and the branches crossed, as partitions may deliver them
        cell("TQ.B.2", List.of("TQ", "TQ.B"), 3);
        cell("TQ.A.1", List.of("TQ", "TQ.A"), 3);
        unit("TQ.B", "GRASSROOTS_COMMITTEE", List.of("TQ"), 1);
        cell("TQ.B.1", List.of("TQ", "TQ.B"), 3);
        unit("TQ", "PROVINCE", List.of(), 1);
        unit("TQ.A", "GRASSROOTS_COMMITTEE", List.of("TQ"), 1);
        cell("TQ.A.2", List.of("TQ", "TQ.A"), 3);
        await().atMost(Duration.ofSeconds(30)).until(() -> storedUnits("TQ%") == 7);

        Touched touched = new Touched();
        for (String unit : List.of("TQ.UNKNOWN", "TQ.B.1", "TQ.A.2", "TQ", "TQ.B", "TQ.A.1", "TQ.B.2", "TQ.A")) {
            touched.contribution(CAMPAIGN, unit);
        }
        touched.contribution("0-KH/TQ", "TQ.B.1");

        List<String> order = engine.touchedBy(touched).stream()
                .map(key -> key.campaignCode() + " " + key.unitCode()).toList();
        assertEquals(List.of("0-KH/TQ TQ.B.1", CAMPAIGN + " TQ", CAMPAIGN + " TQ.A", CAMPAIGN + " TQ.A.1",
                CAMPAIGN + " TQ.A.2", CAMPAIGN + " TQ.B", CAMPAIGN + " TQ.B.1", CAMPAIGN + " TQ.B.2",
                CAMPAIGN + " TQ.UNKNOWN"), order);
    }

    private int storedUnits(String pattern) throws Exception {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT count(*) FROM unit_node WHERE code LIKE '" + pattern + "'")) {
            row.next();
            return row.getInt(1);
        }
    }
}
