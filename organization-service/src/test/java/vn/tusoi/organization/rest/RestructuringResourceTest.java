package vn.tusoi.organization.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import javax.sql.DataSource;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

/** The 2025 reform on a small province: a district dissolved, its communes moved up, two of them merged. */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class RestructuringResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource database;

    @Test
    void theReformKeepsTheOldTreeReadableAsOfTheDayBefore() throws Exception {
        post("/api/v1/units/import",
                """
                        [{"code":"R","name":"Đảng bộ tỉnh","kind":"PROVINCE","validFrom":"2020-01-01"},
                         {"code":"R.D","name":"Đảng bộ huyện","kind":"DISTRICT","parentCode":"R","validFrom":"2020-01-01"},
                         {"code":"R.D.A","name":"Đảng bộ xã An","kind":"GRASSROOTS_COMMITTEE","parentCode":"R.D","validFrom":"2020-01-01"},
                         {"code":"R.D.B","name":"Đảng bộ xã Bình","kind":"GRASSROOTS_COMMITTEE","parentCode":"R.D","validFrom":"2020-01-01"},
                         {"code":"R.D.C","name":"Đảng bộ xã Cầu","kind":"GRASSROOTS_COMMITTEE","parentCode":"R.D","validFrom":"2020-01-01"},
                         {"code":"R.D.A.1","name":"Chi bộ thôn 1","kind":"CELL","parentCode":"R.D.A","validFrom":"2020-01-01"},
                         {"code":"R.D.B.1","name":"Chi bộ thôn 2","kind":"CELL","parentCode":"R.D.B","validFrom":"2020-01-01"}]""")
                .statusCode(200).body("created", equalTo(7));

        // refused changes, which change nothing
        post("/api/v1/units/R.D/move", "{\"newParentCode\":\"R.D.A\",\"effectiveDate\":\"2025-07-01\"}")
                .statusCode(422).body("field", equalTo("newParentCode")).body("detail", containsString("cycle"));
        post("/api/v1/units/R.D.A.1/move", "{\"newParentCode\":\"R\",\"effectiveDate\":\"2025-07-01\"}")
                .statusCode(422).body("detail", containsString("CELL cannot sit under a PROVINCE"));
        post("/api/v1/units/R.D/dissolve", "{\"effectiveDate\":\"2025-07-01\"}").statusCode(409)
                .body("detail", containsString("3 sub-units"));
        post("/api/v1/units/R.D.A/rename", "{\"name\":\"x\",\"effectiveDate\":\"2019-12-31\"}").statusCode(422)
                .body("field", equalTo("effectiveDate"));
        post("/api/v1/units/R.D.A/move", "{\"newParentCode\":\"R\"}").statusCode(400)
                .body("field", equalTo("effectiveDate"));
        given().auth().oauth2(TestTokens.token("o", "R", "officer")).contentType(ContentType.JSON)
                .body("{\"newParentCode\":\"R\",\"effectiveDate\":\"2025-07-01\"}").post("/api/v1/units/R.D.A/move")
                .then().statusCode(403);

        // effective 2025-07-01: A moves up with its cell, B and C merge into a new commune, the district goes
        post("/api/v1/units/R.D.A/move", "{\"newParentCode\":\"R\",\"effectiveDate\":\"2025-07-01\"}").statusCode(200)
                .body("parentCode", equalTo("R")).body("path", equalTo("/R/R.D.A/"));
        get("/api/v1/units/R.D.A.1").body("path", equalTo("/R/R.D.A/R.D.A.1/")).body("depth", equalTo(2));
        post("/api/v1/units/merge",
                """
                        {"sourceCodes":["R.D.B","R.D.C"],"effectiveDate":"2025-07-01",
                         "target":{"code":"R.BC","name":"Đảng bộ xã Bình Cầu","kind":"GRASSROOTS_COMMITTEE","parentCode":"R"}}""")
                .statusCode(200).body("code", equalTo("R.BC")).body("parentCode", equalTo("R"));
        get("/api/v1/units/R.D.B").body("validTo", equalTo("2025-07-01"));
        get("/api/v1/units/R.D.B.1").body("parentCode", equalTo("R.BC"));
        get("/api/v1/units/R.BC/lineage").body("predecessors.code", contains("R.D.B", "R.D.C"))
                .body("predecessors.change", contains("MERGE", "MERGE"));
        get("/api/v1/units/R.D.C/lineage").body("successors.code", contains("R.BC"));
        post("/api/v1/units/R.D/dissolve", "{\"effectiveDate\":\"2025-07-01\"}").statusCode(200)
                .body("validTo", equalTo("2025-07-01"));

        // now, and as of the day before
        get("/api/v1/units/R/children").body("items.code", contains("R.BC", "R.D.A"));
        get("/api/v1/units/R/children?asOf=2025-06-30").body("items.code", contains("R.D"));
        get("/api/v1/units/R.D/children?asOf=2025-06-30").body("items.code", contains("R.D.A", "R.D.B", "R.D.C"));
        get("/api/v1/units/R.D.A.1?asOf=2025-06-30").body("path", equalTo("/R/R.D/R.D.A/R.D.A.1/"))
                .body("memberCount", nullValue());
        get("/api/v1/units/R.D.A.1?asOf=2025-07-01").body("path", equalTo("/R/R.D.A/R.D.A.1/"));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/units/R.BC?asOf=2025-06-30").then().statusCode(404)
                .body("field", equalTo("asOf"));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/units/R.D?asOf=2025-07-01").then().statusCode(404);

        // the events let a consumer follow: the cell's new ancestors, the successor's predecessors
        JsonNode cell = latest("R.D.A.1");
        assertEquals(List.of("R", "R.D.A"), JSON.convertValue(cell.at("/data/ancestors"), List.class));
        assertEquals(2, cell.at("/data/version").asLong());
        JsonNode merged = latest("R.BC");
        assertEquals(List.of("R.D.B", "R.D.C"), JSON.convertValue(merged.at("/data/predecessors"), List.class));
        assertEquals("2025-07-01", latest("R.D").at("/data/validTo").asText());

        // a move cannot take effect before the last change of a unit it carries: refused, nothing written
        post("/api/v1/units/import",
                """
                        [{"code":"R.E","name":"Đảng bộ huyện Đông","kind":"DISTRICT","parentCode":"R","validFrom":"2020-01-01"}]""")
                .statusCode(200);
        post("/api/v1/units/R.D.A.1/rename", "{\"name\":\"Chi bộ thôn Một\",\"effectiveDate\":\"2025-08-01\"}")
                .statusCode(200);
        post("/api/v1/units/R.D.A/move", "{\"newParentCode\":\"R.E\",\"effectiveDate\":\"2025-07-15\"}")
                .statusCode(422).body("type", endsWith("effective-date-before-last-change"))
                .body("field", equalTo("effectiveDate"))
                .body("detail", containsString("unit R.D.A.1 last changed on 2025-08-01"));
        get("/api/v1/units/R.D.A").body("path", equalTo("/R/R.D.A/")).body("version", equalTo(2));
        get("/api/v1/units/R.D.A.1").body("path", equalTo("/R/R.D.A/R.D.A.1/")).body("version", equalTo(3));
        get("/api/v1/units/R.D.A.1?asOf=2025-07-20").body("name", equalTo("Chi bộ thôn 1"));
        // on the day of that change or after, it moves, and its history reads as it happened
        post("/api/v1/units/R.D.A/move", "{\"newParentCode\":\"R.E\",\"effectiveDate\":\"2025-08-01\"}")
                .statusCode(200).body("path", equalTo("/R/R.E/R.D.A/"));
        get("/api/v1/units/R.D.A.1").body("path", equalTo("/R/R.E/R.D.A/R.D.A.1/")).body("version", equalTo(4));
        get("/api/v1/units/R.D.A.1?asOf=2025-07-31").body("path", equalTo("/R/R.D.A/R.D.A.1/"))
                .body("name", equalTo("Chi bộ thôn 1"));
        get("/api/v1/units/R.D.A.1?asOf=2025-08-01").body("path", equalTo("/R/R.E/R.D.A/R.D.A.1/"))
                .body("name", equalTo("Chi bộ thôn Một"));
        get("/api/v1/units/R.E/children").body("items.code", contains("R.D.A"));
    }

    @Test
    void aSplitAssignsEverySubUnitAndMember() {
        post("/api/v1/units/import",
                """
                        [{"code":"S","name":"Tỉnh","kind":"PROVINCE","validFrom":"2020-01-01"},
                         {"code":"S.G","name":"Đảng bộ xã lớn","kind":"GRASSROOTS_COMMITTEE","parentCode":"S","validFrom":"2020-01-01"},
                         {"code":"S.G.1","name":"Chi bộ thôn Đông","kind":"CELL","parentCode":"S.G","validFrom":"2020-01-01"},
                         {"code":"S.G.2","name":"Chi bộ thôn Tây","kind":"CELL","parentCode":"S.G","validFrom":"2020-01-01"}]""")
                .statusCode(200);
        post("/api/v1/members/import", """
                [{"registryNo":"SP1","fullName":"Hồ Văn Một","unitCode":"S.G.1"},
                 {"registryNo":"SP2","fullName":"Hồ Thị Hai","unitCode":"S.G.1"}]""").statusCode(200);
        String targets = """
                "targets":[{"code":"S.G.1A","name":"Chi bộ thôn Đông A","kind":"CELL","parentCode":"S.G"},
                           {"code":"S.G.1B","name":"Chi bộ thôn Đông B","kind":"CELL","parentCode":"S.G"}],
                "effectiveDate":"2025-07-01\"""";
        post("/api/v1/units/S.G.1/split", "{" + targets + ",\"members\":{\"SP1\":\"S.G.1A\"}}").statusCode(422)
                .body("detail", containsString("SP2"));
        post("/api/v1/units/S.G.1/split", "{" + targets + ",\"members\":{\"SP1\":\"S.G.1A\",\"SP2\":\"S.G.1B\"}}")
                .statusCode(200).body("code", contains("S.G.1A", "S.G.1B"));
        get("/api/v1/units/S.G.1").body("validTo", equalTo("2025-07-01")).body("memberCount", equalTo(0));
        get("/api/v1/units/S.G.1A").body("memberCount", equalTo(1));
        get("/api/v1/members/SP2").body("unitCode", equalTo("S.G.1B"));
        get("/api/v1/units/S.G.1/lineage").body("successors.code", contains("S.G.1A", "S.G.1B"))
                .body("successors.change", contains("SPLIT", "SPLIT"));
        get("/api/v1/units/S.G/children?asOf=2025-06-30").body("items.code", contains("S.G.1", "S.G.2"));
        get("/api/v1/units/S.G/children").body("items.code", contains("S.G.1A", "S.G.1B", "S.G.2"));

        // a committee split: its cells are shared out between the new committees
        post("/api/v1/units/S.G/split", """
                {"targets":[{"code":"S.X","name":"Đảng bộ xã X","kind":"GRASSROOTS_COMMITTEE","parentCode":"S"},
                            {"code":"S.Y","name":"Đảng bộ xã Y","kind":"GRASSROOTS_COMMITTEE","parentCode":"S"}],
                 "subUnits":{"S.G.1A":"S.X","S.G.1B":"S.X","S.G.2":"S.Y"},"effectiveDate":"2025-07-01"}""")
                .statusCode(200);
        get("/api/v1/units/S.G.1B").body("path", equalTo("/S/S.X/S.G.1B/"));
        get("/api/v1/units/S.Y/children").body("items.code", contains("S.G.2"));
    }

    /**
     * A move writes its descendants as rows of its own (not through their entities): each still gets what every
     * change gives a unit, its new version (the previous one closed), its audit entry from its state before to its
     * state after (everything else in it kept) and its event.
     */
    @Test
    void everyUnitAMoveCarriesGetsItsVersionAuditEntryAndEvent() throws Exception {
        post("/api/v1/units/import",
                """
                        [{"code":"MV","name":"Đảng bộ tỉnh Mới","kind":"PROVINCE","validFrom":"2020-01-01"},
                         {"code":"MV.D1","name":"Đảng bộ huyện Một","kind":"DISTRICT","parentCode":"MV","validFrom":"2020-01-01"},
                         {"code":"MV.D2","name":"Đảng bộ huyện Hai","kind":"DISTRICT","parentCode":"MV","validFrom":"2020-01-01"},
                         {"code":"MV.D1.X","name":"Đảng ủy xã Xuân Trường","kind":"GRASSROOTS_COMMITTEE","parentCode":"MV.D1","validFrom":"2020-01-01"},
                         {"code":"MV.D1.X.1","name":"Chi bộ thôn Đông","kind":"CELL","parentCode":"MV.D1.X","validFrom":"2020-01-01",
                          "notificationEmails":["chi.bo.dong@m.example"]}]""")
                .statusCode(200).body("created", equalTo(5));
        post("/api/v1/units/MV.D1.X/move", "{\"newParentCode\":\"MV.D2\",\"effectiveDate\":\"2025-07-01\"}")
                .statusCode(200).body("path", equalTo("/MV/MV.D2/MV.D1.X/")).body("version", equalTo(2));

        get("/api/v1/units/MV.D1.X.1").body("path", equalTo("/MV/MV.D2/MV.D1.X/MV.D1.X.1/")).body("depth", equalTo(3))
                .body("parentCode", equalTo("MV.D1.X")).body("version", equalTo(2))
                .body("notificationEmails", contains("chi.bo.dong@m.example"));
        get("/api/v1/units/MV.D1.X.1?asOf=2025-06-30").body("path", equalTo("/MV/MV.D1/MV.D1.X/MV.D1.X.1/"));
        try (Connection connection = database.getConnection()) {
            long committee = id(connection, "MV.D1.X");
            long cell = id(connection, "MV.D1.X.1");
            given().auth().oauth2(TestTokens.admin()).get("/api/v1/audit?recordType=OrgUnit&recordKey=" + cell)
                    .then().statusCode(200).body("total", equalTo(2)).body("items[0].action", equalTo("UPDATE"))
                    .body("items[0].actor", equalTo("admin"))
                    .body("items[0].before.path", equalTo("/MV/MV.D1/MV.D1.X/MV.D1.X.1/"))
                    .body("items[0].after.path", equalTo("/MV/MV.D2/MV.D1.X/MV.D1.X.1/"))
                    .body("items[0].before.version", equalTo(1)).body("items[0].after.version", equalTo(2))
                    .body("items[0].after.depth", equalTo(3)).body("items[0].after.parent", equalTo((int) committee))
                    .body("items[0].after.name", equalTo("Chi bộ thôn Đông"))
                    .body("items[0].after.notificationEmails", contains("chi.bo.dong@m.example"));
            assertEquals(
                    List.of("2020-01-01|2025-07-01|/MV/MV.D1/MV.D1.X/MV.D1.X.1/",
                            "2025-07-01|-|/MV/MV.D2/MV.D1.X/MV.D1.X.1/"),
                    versions(connection, "MV.D1.X.1"));
        }
        JsonNode event = latest("MV.D1.X.1");
        assertEquals(List.of("MV", "MV.D2", "MV.D1.X"), JSON.convertValue(event.at("/data/ancestors"), List.class));
        assertEquals("MV.D1.X", event.at("/data/parentCode").asText());
        assertEquals(2, event.at("/data/version").asLong());
        assertEquals(3, event.at("/data/depth").asInt());
        assertEquals(List.of("chi.bo.dong@m.example"),
                JSON.convertValue(event.at("/data/notificationEmails"), List.class));

        // two levels down: a carried unit's parent is another carried unit, kept in its entry and event
        post("/api/v1/units/import", """
                [{"code":"MVB","name":"Đảng bộ tỉnh Mới Hai","kind":"PROVINCE","validFrom":"2020-01-01"}]""")
                .statusCode(200).body("created", equalTo(1));
        post("/api/v1/units/MV.D2/move", "{\"newParentCode\":\"MVB\",\"effectiveDate\":\"2025-08-01\"}")
                .statusCode(200);
        JsonNode deeper = JSON.readTree(Broker.firstRecord("org.units", "MV.D1.X.1", "/data/version", "3"));
        assertEquals("MV.D1.X", deeper.at("/data/parentCode").asText());
        assertEquals(List.of("MVB", "MV.D2", "MV.D1.X"), JSON.convertValue(deeper.at("/data/ancestors"), List.class));
        try (Connection connection = database.getConnection()) {
            given().auth().oauth2(TestTokens.admin())
                    .get("/api/v1/audit?recordType=OrgUnit&recordKey=" + id(connection, "MV.D1.X.1")).then()
                    .statusCode(200).body("items[0].after.version", equalTo(3))
                    .body("items[0].after.parent", equalTo((int) id(connection, "MV.D1.X")));
        }
    }

    /**
     * Search reads a table of its own that the database keeps (migration V8): a unit is found under its new name once
     * renamed and not under the old, still found once moved, found once established by a merge, gone once dissolved.
     */
    @Test
    void searchFollowsEveryChangeOfAUnit() {
        post("/api/v1/units/import",
                """
                        [{"code":"Q","name":"Đảng bộ tỉnh Quảng Thử","kind":"PROVINCE","validFrom":"2020-01-01"},
                         {"code":"Q.D","name":"Đảng bộ huyện Quế Sơn","kind":"DISTRICT","parentCode":"Q","validFrom":"2020-01-01"},
                         {"code":"Q.E","name":"Đảng bộ huyện Quế Lâm","kind":"DISTRICT","parentCode":"Q","validFrom":"2020-01-01"},
                         {"code":"Q.D.A","name":"Đảng ủy xã Phước Ấm","kind":"GRASSROOTS_COMMITTEE","parentCode":"Q.D","validFrom":"2020-01-01"},
                         {"code":"Q.D.B","name":"Đảng ủy xã Phước Bình","kind":"GRASSROOTS_COMMITTEE","parentCode":"Q.D","validFrom":"2020-01-01"}]""")
                .statusCode(200).body("created", equalTo(5));
        search("phuoc am").body("items.code", contains("Q.D.A"));

        post("/api/v1/units/Q.D.A/rename", "{\"name\":\"Đảng ủy xã Phước Ấm Đông\",\"effectiveDate\":\"2025-07-01\"}")
                .statusCode(200);
        search("phuoc am dong").body("items.code", contains("Q.D.A"));
        search("xa phuoc am").body("items.code", contains("Q.D.A"));
        post("/api/v1/units/Q.D/move", "{\"newParentCode\":\"Q\",\"effectiveDate\":\"2025-07-01\"}").statusCode(200);
        post("/api/v1/units/Q.D.A/move", "{\"newParentCode\":\"Q.E\",\"effectiveDate\":\"2025-07-01\"}")
                .statusCode(200);
        search("phuoc am dong").body("items.code", contains("Q.D.A")).body("items[0].path", equalTo("/Q/Q.E/Q.D.A/"));

        post("/api/v1/units/merge",
                """
                        {"sourceCodes":["Q.D.A","Q.D.B"],"effectiveDate":"2025-08-01",
                         "target":{"code":"Q.AB","name":"Đảng ủy xã Phước Hòa","kind":"GRASSROOTS_COMMITTEE","parentCode":"Q.E"}}""")
                .statusCode(200);
        search("xa phuoc").body("items.code", contains("Q.AB"));
        search("phuoc am").body("total", equalTo(0));
        post("/api/v1/units/Q.AB/dissolve", "{\"effectiveDate\":\"2025-09-01\"}").statusCode(200);
        search("phuoc hoa").body("total", equalTo(0));
    }

    private static ValidatableResponse search(String text) {
        return given().auth().oauth2(TestTokens.admin()).queryParam("q", text).queryParam("under", "Q")
                .get("/api/v1/units").then().statusCode(200);
    }

    private static long id(Connection connection, String code) throws Exception {
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM org_unit WHERE code = ?")) {
            query.setString(1, code);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** The unit's versions, oldest first, as "from|to|path". */
    private static List<String> versions(Connection connection, String code) throws Exception {
        try (PreparedStatement query = connection.prepareStatement("SELECT effective_from, effective_to, path"
                + " FROM unit_version WHERE code = ? ORDER BY version")) {
            query.setString(1, code);
            List<String> versions = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    versions.add(rows.getString(1) + "|" + (rows.getString(2) == null ? "-" : rows.getString(2)) + "|"
                            + rows.getString(3));
                }
            }
            return versions;
        }
    }

    private static ValidatableResponse post(String path, String body) {
        return given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body).post(path).then();
    }

    private static ValidatableResponse get(String path) {
        return given().auth().oauth2(TestTokens.admin()).get(path).then().statusCode(200);
    }

    /** The newest event for a unit on org.units, reading the topic from the start. */
    private static JsonNode latest(String code) throws Exception {
        JsonNode latest = null;
        try (KafkaConsumer<String, String> consumer = Broker.consumer()) {
            consumer.subscribe(List.of("org.units"));
            long deadline = System.currentTimeMillis() + 10_000;
            boolean seen = false;
            while (System.currentTimeMillis() < deadline) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (records.isEmpty() && seen) {
                    break; // read to the end of the topic
                }
                seen |= !records.isEmpty();
                for (ConsumerRecord<String, String> record : records) {
                    if (code.equals(record.key())) {
                        JsonNode event = JSON.readTree(record.value());
                        if (latest == null
                                || event.at("/data/version").asLong() > latest.at("/data/version").asLong()) {
                            latest = event;
                        }
                    }
                }
            }
        }
        return latest;
    }
}
