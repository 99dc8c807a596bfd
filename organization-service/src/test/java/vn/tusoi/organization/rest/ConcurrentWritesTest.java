package vn.tusoi.organization.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import javax.sql.DataSource;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;
import vn.tusoi.testsupport.WriteRace;

/**
 * Two writers on one unit at the same instant, made to happen (both read before either writes): one wins, the other
 * is a 409, and a cell's member count stays the count of its members. Each race runs 20 times.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class ConcurrentWritesTest {

    static final int ROUNDS = 20;

    @Inject
    DataSource database;

    private static boolean prepared;

    @BeforeEach
    void units() {
        if (prepared) {
            return;
        }
        prepared = true;
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                [{"code":"W","name":"Tỉnh","kind":"PROVINCE"},
                 {"code":"W.G","name":"Đảng bộ xã","kind":"GRASSROOTS_COMMITTEE","parentCode":"W"},
                 {"code":"W.G.1","name":"Chi bộ thôn 1","kind":"CELL","parentCode":"W.G"},
                 {"code":"W.G.2","name":"Chi bộ thôn 2","kind":"CELL","parentCode":"W.G"}]""")
                .post("/api/v1/units/import").then().statusCode(200);
    }

    @Test
    void twoRestructuringsOfOneUnitAtOnceGiveOneWinnerAndA409() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            List<Response> answers = WriteRace.run(database, List.of("org_unit", "unit_version"),
                    List.of(rename("Đảng bộ xã " + round + "a"), rename("Đảng bộ xã " + round + "b")));
            assertEquals(List.of(200, 409), answers.stream().map(Response::statusCode).sorted().toList());
            Response loser = answers.get(0).statusCode() == 409 ? answers.get(0) : answers.get(1);
            assertEquals("urn:tusoi:problem:concurrent-change", loser.path("type"), loser.asString());
        }
        Response unit = given().auth().oauth2(TestTokens.admin()).get("/api/v1/units/W.G");
        assertEquals(1 + ROUNDS, unit.<Integer>path("version"));
        assertEquals("\"" + (1 + ROUNDS) + "\"", unit.header("ETag"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"name\":\"Cũ\",\"effectiveDate\":\"" + LocalDate.now() + "\"}")
                .post("/api/v1/units/W.G/rename").then()
                .statusCode(412);
    }

    /**
     * A committee moved between two provinces while one of its cells is renamed: the move rewrites the cell's path in
     * one statement of its own, checked as Hibernate checks its updates. One of the two wins each round; the cell
     * changed exactly once per round, and its path always follows its committee's.
     */
    @Test
    void aMoveAndARenameUnderTheMovedUnitAtOnceGiveOneWinnerAndA409() throws Exception {
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("""
                [{"code":"MV1","name":"Tỉnh một","kind":"PROVINCE"},
                 {"code":"MV2","name":"Tỉnh hai","kind":"PROVINCE"},
                 {"code":"MV.G","name":"Đảng bộ xã","kind":"GRASSROOTS_COMMITTEE","parentCode":"MV1"},
                 {"code":"MV.G.1","name":"Chi bộ thôn 1","kind":"CELL","parentCode":"MV.G"}]""")
                .post("/api/v1/units/import").then().statusCode(200);
        int moves = 0;
        for (int round = 0; round < ROUNDS; round++) {
            String province = moves % 2 == 0 ? "MV2" : "MV1";
            List<Response> answers = WriteRace.run(database, List.of("org_unit", "unit_version"),
                    List.of(move("MV.G", province), rename("MV.G.1", "Chi bộ thôn 1, lần " + round)));
            assertEquals(List.of(200, 409), answers.stream().map(Response::statusCode).sorted().toList(),
                    "round " + round);
            // whether the loser stopped at a row the winner changed or at the version it wrote first, it is told so
            Response loser = answers.get(0).statusCode() == 409 ? answers.get(0) : answers.get(1);
            assertEquals("urn:tusoi:problem:concurrent-change", loser.path("type"), loser.asString());
            assertEquals("version", loser.path("field"));
            moves += answers.get(0).statusCode() == 200 ? 1 : 0;
        }
        Response committee = given().auth().oauth2(TestTokens.admin()).get("/api/v1/units/MV.G");
        Response cell = given().auth().oauth2(TestTokens.admin()).get("/api/v1/units/MV.G.1");
        assertEquals(1 + moves, committee.<Integer>path("version"));
        assertEquals(1 + ROUNDS, cell.<Integer>path("version"));
        assertEquals(committee.<String>path("path") + "MV.G.1/", cell.path("path"));
        assertEquals(ROUNDS + 1L, rows("SELECT count(*) FROM unit_version WHERE code = ?", "MV.G.1"));
    }

    @Test
    void twoImportsIntoOneCellAtOnceKeepItsMemberCountExact() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String first = "[{\"registryNo\":\"W-" + round
                    + "-A\",\"fullName\":\"Nguyễn Văn A\",\"unitCode\":\"W.G.1\"}]";
            String second = "[{\"registryNo\":\"W-" + round
                    + "-B\",\"fullName\":\"Trần Thị B\",\"unitCode\":\"W.G.1\"}]";
            List<Response> answers = WriteRace.run(database, List.of("member"),
                    List.of(importMembers(first), importMembers(second)));
            List<Integer> statuses = answers.stream().map(Response::statusCode).sorted().toList();
            assertEquals(List.of(200, 409), statuses, "round " + round);
            // the loser wrote nothing: sent again, it goes in
            Response loser = answers.get(0).statusCode() == 409
                    ? importMembers(first).call()
                    : importMembers(second).call();
            assertEquals(200, loser.statusCode());
            int counted = given().auth().oauth2(TestTokens.admin()).get("/api/v1/units/W.G.1").path("memberCount");
            assertEquals(activeMembers("W.G.1"), counted);
            assertEquals(2 * (round + 1), counted);
        }
    }

    /** Two imports creating the same unit: the database's unique code decides, the loser is a 409 naming the field. */
    @Test
    void twoImportsOfOneNewUnitAtOnceGiveOneWinnerAndA409() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String code = "W.G.N" + round;
            String body = "[{\"code\":\"" + code + "\",\"name\":\"Chi bộ mới " + round
                    + "\",\"kind\":\"CELL\",\"parentCode\":\"W.G\"}]";
            Response loser = loserOfTwoAtOnce("org_unit", importUnits(body), round);
            assertEquals("code", loser.path("field"), loser.asString());
            // the loser wrote nothing; sent again, it finds the unit as it is
            assertEquals(1, importUnits(body).call().<Integer>path("unchanged"));
            assertEquals(1, rows("SELECT count(*) FROM unit_version WHERE code = ?", code));
            assertEquals(1, rows("SELECT count(*) FROM audit_entry a JOIN org_unit u ON a.record_key = u.id::text"
                    + " WHERE a.record_type = 'OrgUnit' AND u.code = ?", code));
        }
    }

    /** Two imports creating the same member: the registry number is the key; the loser is a 409 naming it. */
    @Test
    void twoImportsOfOneNewMemberAtOnceGiveOneWinnerAndA409() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            String registryNo = "W-NEW-" + round;
            String body = "[{\"registryNo\":\"" + registryNo + "\",\"fullName\":\"Lê Thị Mới\","
                    + "\"unitCode\":\"W.G.2\"}]";
            Response loser = loserOfTwoAtOnce("member", importMembers(body), round);
            assertEquals("registryNo", loser.path("field"), loser.asString());
            assertEquals(1, importMembers(body).call().<Integer>path("unchanged"));
            assertEquals(1, rows("SELECT count(*) FROM audit_entry WHERE record_type = 'Member' AND record_key = ?",
                    registryNo));
        }
    }

    /** The request sent twice at once, each reading before either writes: one 200, and the 409 it returns. */
    private Response loserOfTwoAtOnce(String table, Callable<Response> request, int round) throws Exception {
        List<Response> answers = WriteRace.run(database, List.of(table), List.of(request, request));
        assertEquals(List.of(200, 409), answers.stream().map(Response::statusCode).sorted().toList(),
                "round " + round);
        Response loser = answers.get(0).statusCode() == 409 ? answers.get(0) : answers.get(1);
        assertEquals("application/problem+json", loser.contentType());
        return loser;
    }

    private static Callable<Response> importUnits(String body) {
        return () -> given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/units/import");
    }

    private long rows(String sql, String code) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement count = connection.prepareStatement(sql)) {
            count.setString(1, code);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static Callable<Response> rename(String name) {
        return rename("W.G", name);
    }

    private static Callable<Response> rename(String code, String name) {
        return () -> given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"effectiveDate\":\"" + LocalDate.now() + "\"}")
                .post("/api/v1/units/" + code + "/rename");
    }

    private static Callable<Response> move(String code, String newParentCode) {
        return () -> given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"newParentCode\":\"" + newParentCode + "\",\"effectiveDate\":\"" + LocalDate.now()
                        + "\"}")
                .post("/api/v1/units/" + code + "/move");
    }

    private static Callable<Response> importMembers(String body) {
        return () -> given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/members/import");
    }

    private int activeMembers(String unit) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM member m JOIN org_unit u"
                        + " ON u.id = m.unit_id WHERE u.code = ? AND m.status = 'ACTIVE'")) {
            count.setString(1, unit);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
