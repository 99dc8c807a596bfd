package vn.tusoi.organization.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tusoi.testsupport.Contract.matchesContract;

import java.io.File;
import java.nio.charset.StandardCharsets;
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
import vn.tusoi.testsupport.Scrape;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;

@QuarkusTest
@WithTestResource(StackTestResource.class)
class UnitResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final File CONTRACT = new File("contracts/org.units.schema.json");

    @Inject
    DataSource database;

    private static String admin() {
        return TestTokens.admin();
    }

    private static double importedRows(String outcome) {
        return Scrape.value("tusoi_import_rows_total{kind=\"units\",outcome=\"" + outcome + "\"}");
    }

    private static ValidatableResponse importUnits(String token, String body, String query) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/units/import" + query).then();
    }

    /**
     * Whether a unit exists is not told to a caller who may not see it: an unknown code and a unit of another
     * province answer alike, one by one (403) and in a look-up by codes (left out); a national caller is told (404).
     */
    @Test
    void existenceIsNotToldOutsideTheCallersUnits() {
        importUnits(admin(), """
                [{"code":"EX","name":"Tỉnh EX","kind":"PROVINCE"},
                 {"code":"EX.D","name":"Huyện","kind":"DISTRICT","parentCode":"EX"},
                 {"code":"EY","name":"Tỉnh EY","kind":"PROVINCE"}]""", "").statusCode(200);
        String officer = TestTokens.token("officer.ex", "EX", "officer");
        var foreign = given().auth().oauth2(officer).get("/api/v1/units/EY").then().statusCode(403)
                .body("type", equalTo("urn:tusoi:problem:out-of-scope")).extract();
        var missing = given().auth().oauth2(officer).get("/api/v1/units/EY.NOWHERE").then().statusCode(403)
                .body("type", equalTo("urn:tusoi:problem:out-of-scope")).extract();
        assertEquals(foreign.path("detail").toString().replace("EY", "?"),
                missing.path("detail").toString().replace("EY.NOWHERE", "?"));
        given().auth().oauth2(admin()).get("/api/v1/units/EY.NOWHERE").then().statusCode(404);
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("{\"codes\":[\"EX.D\",\"EY\",\"EY.NOWHERE\",\"EX.D\"]}").post("/api/v1/units/lookup").then()
                .statusCode(200).body("code", contains("EX.D"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body("{\"codes\":[\"EY\",\"EY.NOWHERE\"]}").post("/api/v1/units/lookup").then()
                .statusCode(200).body("code", contains("EY"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body("{\"codes\":null}")
                .post("/api/v1/units/lookup").then().statusCode(400).body("field", containsString("codes"));
    }

    @Test
    void aParentChainAsLongAsTheBatchIsAnsweredRowByRowNotWithA500() {
        // 20,000 units, each the parent of the next, children first: the chain is climbed, not recursed
        StringBuilder rows = new StringBuilder("[");
        for (int i = 19_999; i >= 0; i--) {
            rows.append(i == 19_999 ? "" : ",").append("{\"code\":\"CH.").append(i).append("\",\"name\":\"Chuỗi ")
                    .append(i).append("\",\"kind\":\"").append(i == 0 ? "PROVINCE" : "DISTRICT").append('"')
                    .append(i == 0 ? "" : ",\"parentCode\":\"CH." + (i - 1) + "\"").append('}');
        }
        importUnits(admin(), rows.append(']').toString(), "?dryRun=true").statusCode(200)
                .body("created", equalTo(2)).body("errors.size()", equalTo(19_998))
                .body("errors.find { it.code == 'CH.2' }.message",
                        containsString("DISTRICT cannot sit under a DISTRICT"))
                .body("errors.find { it.code == 'CH.3' }.message", containsString("CH.2 (row 19997) was refused"));
    }

    @Test
    void importTakesChildrenBeforeParentsAndIsIdempotent() {
        String body = """
                [{"code":"T1.X1","name":"Đảng bộ xã Lâm Trung Thủy","kind":"GRASSROOTS_COMMITTEE","parentCode":"T1.D"},
                 {"code":"T1.D","name":"Đảng bộ huyện Đức Thọ","kind":"DISTRICT","parentCode":"T1"},
                 {"code":"T1","name":"Đảng bộ tỉnh Hà Tĩnh","kind":"PROVINCE"}]""";
        double created = importedRows("created");
        double unchanged = importedRows("unchanged");
        importUnits(admin(), body, "").statusCode(200)
                .body("created", equalTo(3)).body("updated", equalTo(0)).body("applied", equalTo(true));
        importUnits(admin(), body, "").statusCode(200)
                .body("created", equalTo(0)).body("unchanged", equalTo(3));
        // the rows imported, counted for the operator (rows per second is the counter's rate)
        assertEquals(created + 3, importedRows("created"));
        assertEquals(unchanged + 3, importedRows("unchanged"));

        given().auth().oauth2(admin()).get("/api/v1/units/T1.X1").then().statusCode(200)
                .body("parentCode", equalTo("T1.D")).body("path", equalTo("/T1/T1.D/T1.X1/"))
                .body("depth", equalTo(2)).body("kind", equalTo("GRASSROOTS_COMMITTEE"));
        given().auth().oauth2(admin()).get("/api/v1/units/T1.D/children").then().statusCode(200)
                .body("total", equalTo(1)).body("items.code", contains("T1.X1"));
    }

    @Test
    void aWholeTreeStreamsInOneRequestChildrenBeforeParents() {
        String ndjson = """
                {"code":"N1.D.G.C","name":"Chi bộ thôn 1","kind":"CELL","parentCode":"N1.D.G"}
                {"code":"N1.D.G","name":"Đảng ủy xã Một","kind":"GRASSROOTS_COMMITTEE","parentCode":"N1.D"}
                {"code":"N1.X","name":"Khối","kind":"BLOC","parentCode":"N1.NOWHERE"}

                {"code":"N1.D","name":"Đảng bộ huyện","kind":"DISTRICT","parentCode":"N1"}
                {"code":"N1","name":"Đảng bộ tỉnh","kind":"PROVINCE"}
                """;
        given().auth().oauth2(admin()).contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/units/import")
                .then().statusCode(200).body("created", equalTo(4)).body("errors.index", contains(2))
                .body("errors.field", contains("parentCode"));
        given().auth().oauth2(admin()).get("/api/v1/units/N1.D.G.C").then().statusCode(200)
                .body("path", equalTo("/N1/N1.D/N1.D.G/N1.D.G.C/"));
        given().auth().oauth2(admin()).contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/units/import")
                .then().statusCode(200).body("unchanged", equalTo(4));
        given().auth().oauth2(admin()).contentType("application/x-ndjson")
                .body("{\"code\":\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/units/import").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("[0]"));
    }

    @Test
    void searchIgnoresAccentsAndCase() {
        importUnits(admin(), """
                [{"code":"T2","name":"Đảng bộ tỉnh Thử Nghiệm","kind":"PROVINCE"},
                 {"code":"T2.DT","name":"Huyện ủy Đức Thọ Mới","kind":"DISTRICT","parentCode":"T2"}]""", "")
                .statusCode(200);
        for (String q : List.of("duc tho moi", "Đức Thọ Mới", "DUC THO MOI")) {
            given().auth().oauth2(admin()).queryParam("q", q).get("/api/v1/units").then().statusCode(200)
                    .body("items.code", hasItem("T2.DT"));
        }
        given().auth().oauth2(admin()).queryParam("q", "tho").queryParam("kind", "DISTRICT").queryParam("under", "T2")
                .get("/api/v1/units").then().statusCode(200).body("items.code", contains("T2.DT"));
        given().auth().oauth2(admin()).queryParam("q", "thu nghiem").queryParam("kind", "PROVINCE")
                .queryParam("under", "T2")
                .get("/api/v1/units").then().statusCode(200).body("items.code", contains("T2"));
        given().auth().oauth2(admin()).queryParam("q", "duc tho moi").queryParam("under", "T1").get("/api/v1/units")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(admin()).queryParam("kind", "HAMLET").get("/api/v1/units").then().statusCode(400)
                .body("field", equalTo("kind"));
    }

    @Test
    void searchPagesCarryTheTotalOfAllMatchesEvenPastTheEnd() {
        importUnits(admin(), """
                [{"code":"PG","name":"Đảng bộ tỉnh Phân Trang","kind":"PROVINCE"},
                 {"code":"PG.A","name":"Huyện ủy Phân Trang A","kind":"DISTRICT","parentCode":"PG"},
                 {"code":"PG.B","name":"Huyện ủy Phân Trang B","kind":"DISTRICT","parentCode":"PG"},
                 {"code":"PG.C","name":"Huyện ủy Phân Trang C","kind":"DISTRICT","parentCode":"PG"},
                 {"code":"PG.D","name":"Huyện ủy Phân Trang D","kind":"DISTRICT","parentCode":"PG"}]""", "")
                .statusCode(200);
        // five matches, two a page: the shallowest first, then by code; the total on every page, the last included
        page("phan trang", 0).body("items.code", contains("PG", "PG.A")).body("total", equalTo(5));
        page("phan trang", 1).body("items.code", contains("PG.B", "PG.C")).body("total", equalTo(5));
        page("phan trang", 2).body("items.code", contains("PG.D")).body("total", equalTo(5));
        // past the end: no item, and still the total, which no row carries there
        page("phan trang", 3).body("items", empty()).body("total", equalTo(5));
        page("phan trang khong co", 0).body("items", empty()).body("total", equalTo(0));
        page("phan trang khong co", 4).body("items", empty()).body("total", equalTo(0));
    }

    private static ValidatableResponse page(String q, int page) {
        return given().auth().oauth2(admin()).queryParam("q", q).queryParam("under", "PG").queryParam("size", 2)
                .queryParam("page", page).get("/api/v1/units").then().statusCode(200);
    }

    @Test
    void badRowsAreReportedWithoutLosingGoodOnes() {
        importUnits(admin(), """
                [{"code":"T3","name":"Tỉnh","kind":"PROVINCE"},
                 {"code":"T3.C","name":"Chi bộ","kind":"CELL","parentCode":"T3"},
                 {"code":"T3.B","name":"Khối","kind":"BLOC","parentCode":"T3.NOPE"},
                 {"code":"bad code","name":"x","kind":"CELL"},
                 {"code":"T3.K","name":"Khối cơ quan","kind":"BLOC","parentCode":"T3"}]""", "")
                .statusCode(200)
                .body("created", equalTo(2))
                .body("errors.index", contains(3, 1, 2))
                .body("errors.field", contains("code", "parentCode", "parentCode"));
        given().auth().oauth2(admin()).get("/api/v1/units/T3.C").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void atomicAndDryRunSaveNothing() {
        double created = importedRows("created");
        importUnits(admin(), """
                [{"code":"T4","name":"Tỉnh","kind":"PROVINCE"},
                 {"code":"T4.X","name":"Chi bộ","kind":"GRASSROOTS_CELL","parentCode":"T4.MISSING"}]""",
                "?atomic=true").statusCode(200).body("applied", equalTo(false));
        given().auth().oauth2(admin()).get("/api/v1/units/T4").then().statusCode(404);

        importUnits(admin(), "[{\"code\":\"T5\",\"name\":\"Tỉnh\",\"kind\":\"PROVINCE\"}]", "?dryRun=true")
                .statusCode(200).body("created", equalTo(1)).body("applied", equalTo(false));
        given().auth().oauth2(admin()).get("/api/v1/units/T5").then().statusCode(404);
        assertEquals(created, importedRows("created"));
    }

    @Test
    void malformedBodyIsAProblemNamingTheField() {
        importUnits(admin(), "[{\"code\":\"T6\",\"name\":[1]}]", "").statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("[0].name"));
        importUnits(admin(), "not json", "").statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(admin()).queryParam("size", 100000).get("/api/v1/units").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("size"));
    }

    @Test
    void tokensAndRolesAreChecked() {
        given().get("/api/v1/units/T1").then().statusCode(401);
        importUnits(TestTokens.token("m", "T1", "member"), "[]", "").statusCode(403);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void everyChangeIsPublishedWithItsStateAndVersion() throws Exception {
        importUnits(admin(), """
                [{"code":"T7","name":"Tỉnh Bảy","kind":"PROVINCE"},
                 {"code":"T7.G","name":"Đảng ủy xã Một","kind":"GRASSROOTS_COMMITTEE","parentCode":"T7"}]""", "")
                .statusCode(200);
        importUnits(admin(), "[{\"code\":\"T7.G\",\"name\":\"Đảng ủy xã Hai\",\"kind\":\"GRASSROOTS_COMMITTEE\","
                + "\"parentCode\":\"T7\"}]", "").statusCode(200).body("updated", equalTo(1));

        List<JsonNode> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = Broker.consumer()) {
            consumer.subscribe(List.of("org.units"));
            long deadline = System.currentTimeMillis() + 20_000;
            while (events.size() < 2 && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if ("T7.G".equals(record.key())) {
                        // the producer's side of the contract: what it publishes matches the schema it documents
                        assertThat(record.value(), matchesContract(CONTRACT));
                        events.add(JSON.readTree(record.value()));
                    }
                }
            }
        }
        assertEquals(2, events.size(), "two events for T7.G");
        JsonNode last = events.get(1);
        assertEquals("vn.tusoi.org.unit.changed", last.get("type").asText());
        assertTrue(last.hasNonNull("id") && last.hasNonNull("time") && last.hasNonNull("source"));
        assertEquals("Đảng ủy xã Hai", last.at("/data/name").asText());
        assertEquals(2, last.at("/data/version").asLong());
        assertEquals("T7", last.at("/data/ancestors/0").asText());
        assertEquals(1, events.get(0).at("/data/version").asLong());
    }

    /**
     * New units go in as one batch of their own (not through persist()); each still has what every change has: its
     * first version and its audit entry (the caller, the state with the parent's id), and the tree links. (Its
     * event: {@link #everyChangeIsPublishedWithItsStateAndVersion}.)
     */
    @Test
    void importedUnitsAreVersionedAuditedAndPublishedLikeEveryChange() throws Exception {
        importUnits(TestTokens.token("importer.t8", "VN", "admin"), """
                [{"code":"T8","name":"Tỉnh Tám","kind":"PROVINCE"},
                 {"code":"T8.G","name":"Đảng ủy xã Tám","kind":"GRASSROOTS_COMMITTEE","parentCode":"T8",
                  "notificationEmails":["van.phong@t8.example"]},
                 {"code":"T8.G.1","name":"Chi bộ thôn Tám","kind":"CELL","parentCode":"T8.G"}]""", "")
                .statusCode(200).body("created", equalTo(3));
        given().auth().oauth2(admin()).get("/api/v1/units/T8.G.1").then().statusCode(200)
                .body("parentCode", equalTo("T8.G")).body("path", equalTo("/T8/T8.G/T8.G.1/"))
                .body("version", equalTo(1));
        given().auth().oauth2(admin()).get("/api/v1/units/T8/children").then().statusCode(200)
                .body("items.code", contains("T8.G"));
        try (Connection connection = database.getConnection()) {
            long province = id(connection, "T8");
            long committee = id(connection, "T8.G");
            given().auth().oauth2(admin()).get("/api/v1/audit?recordType=OrgUnit&recordKey=" + committee).then()
                    .statusCode(200).body("total", equalTo(1)).body("items[0].action", equalTo("CREATE"))
                    .body("items[0].actor", equalTo("importer.t8")).body("items[0].after.code", equalTo("T8.G"))
                    .body("items[0].after.parent", equalTo((int) province))
                    .body("items[0].after.notificationEmails", contains("van.phong@t8.example"));
            for (String code : List.of("T8", "T8.G", "T8.G.1")) {
                assertEquals(1, count(connection, "SELECT count(*) FROM unit_version WHERE code = ?", code), code);
            }
        }
    }

    private static long id(Connection connection, String code) throws Exception {
        return count(connection, "SELECT id FROM org_unit WHERE code = ?", code);
    }

    private static long count(Connection connection, String sql, String code) throws Exception {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, code);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
