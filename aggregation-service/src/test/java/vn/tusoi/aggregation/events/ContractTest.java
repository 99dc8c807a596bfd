package vn.tusoi.aggregation.events;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.not;
import static vn.tusoi.testsupport.Contract.matchesContract;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The contracts are checked by the draft they declare (draft-07): a wrong {@code specversion} or {@code type} fails
 * the {@code const} of the roll-up contract and the {@code enum} of the unit contract. (Not a
 * {@code @QuarkusTest}: only the schemas and the validator are under test.)
 */
class ContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final File ROLLUP = new File("contracts/rollup.schema.json");
    private static final File UNITS = new File("../organization-service/contracts/org.units.schema.json");

    @Test
    void aRollupEventWithTheWrongSpecversionOrTypeBreaksItsContract() throws Exception {
        Map<String, Object> count = Map.of("held", 1, "expected", 2);
        Map<String, Object> data = new HashMap<>(Map.of("campaignCode", "1-KH/X", "unitCode", "X", "direct", count,
                "byKind", Map.of("CELL", count), "onTime", 1, "late", 0, "members", Map.of("reviewed", 0, "total", 3)));
        data.putAll(Map.of("shortcomings", Map.of("raised", 0, "open", 0, "overdue", 0, "resolved", 0,
                "carriedOver", 0, "byArea", Map.of(), "recurring", 0, "recurringByArea", Map.of()), "attendance",
                Map.of("present", 0, "expected", 0),
                "indicators", Map.of("met", 0, "total", 0), "grades", Map.of()));
        assertThat(rollup("1.0", "vn.tusoi.aggregation.rollup.changed", data), matchesContract(ROLLUP));
        assertThat(rollup("0.3", "vn.tusoi.aggregation.rollup.changed", data), not(matchesContract(ROLLUP)));
        assertThat(rollup("1.0", "vn.tusoi.aggregation.rollup.frozen", data), not(matchesContract(ROLLUP)));
        assertThat(rollup("1.0", "vn.tusoi.aggregation.rollup.changed", Map.of("unitCode", "X")),
                not(matchesContract(ROLLUP)));
    }

    @Test
    void aUnitEventWithTheWrongTypeOrWithoutAncestorsBreaksItsContract() throws Exception {
        Map<String, Object> data = Map.of("code", "X.G", "name", "Đảng bộ xã", "kind", "GRASSROOTS_COMMITTEE",
                "ancestors", List.of("X"), "version", 1);
        assertThat(unit("vn.tusoi.org.unit.changed", data), matchesContract(UNITS));
        assertThat(unit("vn.tusoi.org.unit.removed", data), not(matchesContract(UNITS)));
        assertThat(unit("vn.tusoi.org.unit.changed", Map.of("code", "X.G", "name", "x", "kind", "CELL",
                "version", 1)), not(matchesContract(UNITS)));
    }

    private static String rollup(String specversion, String type, Map<String, Object> data) throws Exception {
        return JSON.writeValueAsString(Map.of("specversion", specversion, "id", "e1", "source",
                "/aggregation-service", "type", type, "subject", "1-KH/X|X", "time", "2023-08-01T00:00:00Z", "data",
                data));
    }

    private static String unit(String type, Map<String, Object> data) throws Exception {
        return JSON.writeValueAsString(Map.of("specversion", "1.0", "id", "e1", "source", "/organization-service",
                "type", type, "time", "2023-08-01T00:00:00Z", "data", data));
    }
}
