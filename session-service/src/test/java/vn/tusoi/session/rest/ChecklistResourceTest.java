package vn.tusoi.session.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.tusoi.session.rest.Fixture.CAMPAIGN_PATH;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import javax.sql.DataSource;
import vn.tusoi.testsupport.StackTestResource;
import vn.tusoi.testsupport.TestTokens;
import vn.tusoi.testsupport.WriteRace;

/**
 * Checklists as data: the shipped NQ 04 list carries wording only where it was checked against a source, an
 * administrator reads the difference and publishes a correction as the next version, and a self-review keeps the
 * version it was made against.
 */
@QuarkusTest
@WithTestResource(StackTestResource.class)
class ChecklistResourceTest {

    private static final String NQ04 = "/api/v1/checklists/NQ04-27";
    /** The items grading.md gives as verified; every other one is its number and group only. */
    private static final List<Integer> VERIFIED = List.of(1, 2, 3, 4, 6, 19, 20, 21, 22, 23, 26);

    @Inject
    DataSource database;

    @BeforeEach
    void prepare() throws Exception {
        Fixture.prepare();
    }

    @Test
    void theShippedListsCarryNoWordingThatWasNotChecked() {
        JsonPath first = given().auth().oauth2(TestTokens.member("DV-4100", "T.D.A.1"))
                .get(NQ04 + "/versions/1").then().statusCode(200).header("ETag", "\"1\"")
                .body("document", containsString("04-NQ/TW")).body("itemNoun", equalTo("Biểu hiện"))
                .body("groups.code", contains("I", "II", "III"))
                .body("groups.title", contains("Nhóm I: suy thoái về tư tưởng chính trị",
                        "Nhóm II: suy thoái về đạo đức, lối sống",
                        "Nhóm III: biểu hiện \"tự diễn biến\", \"tự chuyển hóa\" trong nội bộ"))
                .body("groups.items.flatten().number", hasSize(27))
                .body("groups.items.flatten().findAll { it.text != null }.number", equalTo(VERIFIED))
                .body("groups.items.flatten().findAll { it.text != null }.source", everyItem(notNullValue()))
                .body("groups[0].items[0].text", containsString("Phai nhạt lý tưởng cách mạng"))
                .body("groups[0].items[6].text", nullValue())
                .extract().jsonPath();
        List<Integer> numbers = first.getList("groups.items.flatten().number", Integer.class);
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 27).boxed().toList(), numbers);
        given().auth().oauth2(TestTokens.token("viewer.lists", "T", "viewer"))
                .get("/api/v1/checklists/QD37-19/versions/1")
                .then().statusCode(200).body("groups.items.flatten().number", hasSize(19))
                .body("groups.items.flatten().findAll { it.text != null }", hasSize(0))
                .body("groups[0].title", nullValue());
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/checklists").then().statusCode(200)
                .body("id", contains("NQ04-27", "QD37-19"));
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/checklists/NO-SUCH").then().statusCode(404);
    }

    @Test
    void anAdministratorReadsTheDifferenceThenPublishesTheNextVersion() {
        JsonPath current = given().auth().oauth2(TestTokens.admin()).get(NQ04).then().statusCode(200).extract()
                .jsonPath();
        long version = current.getLong("version");
        Map<String, Object> corrected = withItem(current, 8, "Văn bản của cấp ủy về biểu hiện thứ 8, nhóm I.",
                "Ban Tổ chức Tỉnh ủy, bản sao văn bản gốc");
        given().auth().oauth2(TestTokens.token("officer.lists", "T.D", "officer")).contentType(ContentType.JSON)
                .body(corrected).post(NQ04 + "/diff").then().statusCode(403);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(corrected)
                .post(NQ04 + "/diff").then().statusCode(200).body("fromVersion", equalTo((int) version))
                .body("changed.number", contains(8)).body("changed[0].before.item.text", nullValue())
                .body("changed[0].after.item.text", containsString("biểu hiện thứ 8"))
                .body("added", hasSize(0)).body("removed", hasSize(0)).body("unchanged", equalTo(26));
        // reading the difference wrote nothing
        given().auth().oauth2(TestTokens.admin()).get(NQ04).then().body("version", equalTo((int) version));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"")
                .body(corrected).post(NQ04 + "/versions").then().statusCode(201)
                .header("Location", containsString("/api/v1/checklists/NQ04-27/versions/" + (version + 1)))
                .body("version", equalTo((int) version + 1)).body("publishedBy", notNullValue());
        given().auth().oauth2(TestTokens.admin()).get(NQ04).then().header("ETag", "\"" + (version + 1) + "\"")
                .body("groups[0].items[7].text", containsString("biểu hiện thứ 8"));
        given().auth().oauth2(TestTokens.admin()).get(NQ04 + "/versions/" + version).then()
                .body("groups[0].items[7].text", nullValue());
        // a second administrator who read the same version is told it moved on; the same list again is nothing new
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"")
                .body(corrected).post(NQ04 + "/versions").then().statusCode(412)
                .body("type", equalTo("urn:tusoi:problem:version-mismatch"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(corrected)
                .post(NQ04 + "/versions").then().statusCode(422)
                .body("type", equalTo("urn:tusoi:problem:checklist-unchanged"));
        given().auth().oauth2(TestTokens.admin())
                .get("/api/v1/audit?recordType=ChecklistVersion&recordKey=NQ04-27%20v" + (version + 1)).then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].action", equalTo("CREATE"));
    }

    @Test
    void aListWithoutSourcesOrWithRepeatsIsRefusedAndNothingIsPublished() {
        JsonPath current = given().auth().oauth2(TestTokens.admin()).get(NQ04).then().extract().jsonPath();
        int version = current.getInt("version");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(withItem(current, 12, "Một câu không rõ nguồn", null)).post(NQ04 + "/versions").then()
                .statusCode(422).body("type", equalTo("urn:tusoi:problem:checklist-text-without-source"))
                .body("field", equalTo("groups[1].items[2].source"));
        Map<String, Object> repeated = withItem(current, 12, null, null);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> third = (List<Map<String, Object>>) ((List<Map<String, Object>>) repeated
                .get("groups")).get(2).get("items");
        third.get(0).put("number", 5);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(repeated)
                .post(NQ04 + "/diff").then().statusCode(422)
                .body("type", equalTo("urn:tusoi:problem:checklist-item-repeated"))
                .body("field", equalTo("groups[2].items[0].number"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("title", "x", "document", "y", "itemNoun", "z", "groups", List.of()))
                .post(NQ04 + "/versions").then().statusCode(400).body("field", equalTo("groups"));
        given().auth().oauth2(TestTokens.admin()).contentType("text/csv; charset=UTF-8")
                .body("group,groupTitle,number,text,source\nI,Nhóm I,1,\"không đóng ngoặc\n").post(NQ04 + "/diff")
                .then().statusCode(400).body("type", equalTo("urn:tusoi:problem:unreadable-body"));
        given().auth().oauth2(TestTokens.admin()).contentType("text/csv; charset=UTF-8")
                .body("group,groupTitle,number,text,source\nI,Nhóm I,1,,\n\nI,,một,,\n").post(NQ04 + "/diff")
                .then().statusCode(400).body("type", equalTo("urn:tusoi:problem:number-invalid"))
                .body("detail", containsString("line 4"));
        given().auth().oauth2(TestTokens.admin()).get(NQ04).then().body("version", equalTo(version));
    }

    @Test
    void aListLoadedAsCsvKeepsTheHeadingAndShowsItsDifference() {
        StringBuilder csv = new StringBuilder("group,groupTitle,number,text,source\n");
        for (int number = 1; number <= 19; number++) {
            csv.append("QD37,,").append(number).append(",,\n");
        }
        csv.append("QD37,,20,\"Điều thêm, có dấu phẩy\",Bản sao văn bản\n");
        // as a spreadsheet exports it: UTF-8 with a byte order mark and no charset named
        byte[] exported = ("\uFEFF" + csv).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        given().config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig
                .encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(TestTokens.admin()).contentType("text/csv").body(exported)
                .post("/api/v1/checklists/QD37-19/diff").then().statusCode(200)
                .body("added.item.number", contains(20)).body("added[0].item.text", equalTo("Điều thêm, có dấu phẩy"))
                .body("headingChanged", equalTo(false)).body("unchanged", equalTo(19));
    }

    @Test
    void twoAdministratorsPublishingAtTheSameInstantMakeOneVersionAndTheSecondIsToldItMovedOn() throws Exception {
        JsonPath current = given().auth().oauth2(TestTokens.admin()).get(NQ04).then()
                .statusCode(200).extract().jsonPath();
        long version = current.getLong("version");
        List<Map<String, Object>> lists = List.of(
                withItem(current, 9, "Văn bản biểu hiện số 9 do quản trị viên thứ nhất nạp.",
                        "Bản sao văn bản thứ nhất"),
                withItem(current, 10, "Văn bản biểu hiện số 10 do quản trị viên thứ hai nạp.",
                        "Bản sao văn bản thứ hai"));
        // both read version N before either writes: each waits at the checklist's lock, then the database takes them
        // one after the other
        List<io.restassured.response.Response> answers = WriteRace.runLockingRows(database, List.of("checklist"),
                lists.stream().<java.util.concurrent.Callable<io.restassured.response.Response>>map(
                        list -> () -> given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                                .header("If-Match", "\"" + version + "\"").body(list)
                                .post(NQ04 + "/versions"))
                        .toList());
        List<Integer> statuses = answers.stream().map(io.restassured.response.Response::statusCode).sorted()
                .toList();
        assertEquals(List.of(201, 412), statuses);
        int winner = answers.get(0).statusCode() == 201 ? 0 : 1;
        assertEquals("urn:tusoi:problem:version-mismatch", answers.get(1 - winner).jsonPath().getString("type"));
        // one new version, the winner's list; nothing of the loser's
        JsonPath now = given().auth().oauth2(TestTokens.admin()).get(NQ04).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(version + 1, now.getLong("version"));
        List<String> texts = now.getList("groups.items.flatten().findAll { it.text != null }.text", String.class);
        List<String> both = List.of("Văn bản biểu hiện số 9 do quản trị viên thứ nhất nạp.",
                "Văn bản biểu hiện số 10 do quản trị viên thứ hai nạp.");
        assertEquals(List.of(both.get(winner)), texts.stream().filter(both::contains).toList());
        given().auth().oauth2(TestTokens.admin()).get(NQ04 + "/versions/" + (version + 2))
                .then().statusCode(404);
    }

    @Test
    void aSelfReviewKeepsTheVersionItWasMadeAgainstAndOnlyItsItems() throws Exception {
        Fixture.members(Map.of("DV-4101", "T.D.A.1", "DV-4102", "T.D.A.1"), "ACTIVE");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Fixture.knownMembers(database, List.of("DV-4101", "DV-4102")) == 2);
        String member = TestTokens.member("DV-4101", "T.D.A.1");
        String review = """
                {"unitCode":"T.D.A.1","manifestations":[%s],"selfGrade":"GOOD"}""";
        long before = given().auth().oauth2(TestTokens.admin()).get(NQ04).then().extract().jsonPath()
                .getLong("version");
        given().auth().oauth2(member).contentType(ContentType.JSON).body(review.formatted("7, 20"))
                .put(CAMPAIGN_PATH + "/self-reviews/DV-4101").then().statusCode(200)
                .body("checklistId", equalTo("NQ04-27")).body("checklistVersion", equalTo((int) before))
                .body("manifestations", contains(7, 20));
        given().auth().oauth2(member).contentType(ContentType.JSON).body(review.formatted("7, 28"))
                .put(CAMPAIGN_PATH + "/self-reviews/DV-4101").then().statusCode(422)
                .body("type", equalTo("urn:tusoi:problem:manifestation-unknown"))
                .body("field", equalTo("manifestations[1]"));
        // a correction published later does not move a review made against the earlier version
        JsonPath current = given().auth().oauth2(TestTokens.admin()).get(NQ04).then().extract().jsonPath();
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .body(withItem(current, 9, "Văn bản biểu hiện thứ 9 (kiểm thử " + before + ")", "Bản sao văn bản"))
                .post(NQ04 + "/versions").then().statusCode(201);
        given().auth().oauth2(member).get(CAMPAIGN_PATH + "/self-reviews/DV-4101").then()
                .body("checklistVersion", equalTo((int) before)).body("manifestations", contains(7, 20));
        // a campaign names its checklist: one that checks QĐ 37's 19 points has no 20th
        String campaign = """
                {"code":"37-KH/T","title":"Kiểm điểm theo Quy định 37","issuingUnitCode":"T.D",
                 "scopeKinds":["GRASSROOTS_COMMITTEE"],"startDate":"2026-01-05","deadline":"2026-03-31",
                 "checklistId":"%s"}""";
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(campaign.formatted("NO-SUCH"))
                .post("/api/v1/campaigns").then().statusCode(422)
                .body("type", equalTo("urn:tusoi:problem:checklist-unknown")).body("field", equalTo("checklistId"));
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(campaign.formatted("QD37-19"))
                .post("/api/v1/campaigns").then().statusCode(201).body("checklistId", equalTo("QD37-19"));
        String member2 = TestTokens.member("DV-4102", "T.D.A.1");
        given().auth().oauth2(member2).contentType(ContentType.JSON).body(review.formatted("20"))
                .put("/api/v1/campaigns/37-KH%2FT/self-reviews/DV-4102").then().statusCode(422)
                .body("type", equalTo("urn:tusoi:problem:manifestation-unknown"));
        given().auth().oauth2(member2).contentType(ContentType.JSON).body(review.formatted("19"))
                .put("/api/v1/campaigns/37-KH%2FT/self-reviews/DV-4102").then().statusCode(200)
                .body("checklistId", equalTo("QD37-19")).body("checklistVersion", equalTo(1));
    }

    /** The current list as an administrator would send it back, with one item's text and source set. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withItem(JsonPath current, int number, String text, String source) {
        Map<String, Object> list = new java.util.LinkedHashMap<>();
        list.put("title", current.getString("title"));
        list.put("document", current.getString("document"));
        list.put("itemNoun", current.getString("itemNoun"));
        List<Map<String, Object>> groups = new java.util.ArrayList<>();
        for (Map<String, Object> group : current.getList("groups", Map.class).stream()
                .map(g -> (Map<String, Object>) g).toList()) {
            Map<String, Object> copy = new java.util.LinkedHashMap<>(group);
            List<Map<String, Object>> items = new java.util.ArrayList<>();
            for (Map<String, Object> item : (List<Map<String, Object>>) group.get("items")) {
                Map<String, Object> itemCopy = new java.util.LinkedHashMap<>(item);
                if (((Number) item.get("number")).intValue() == number) {
                    itemCopy.put("text", text);
                    itemCopy.put("source", source);
                }
                items.add(itemCopy);
            }
            copy.put("items", items);
            groups.add(copy);
        }
        list.put("groups", groups);
        return list;
    }
}
