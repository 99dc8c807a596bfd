package vn.tusoi.web.checklists;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import vn.tusoi.web.Demo;
import vn.tusoi.web.api.Checklist;
import vn.tusoi.web.api.ChecklistDiff;
import vn.tusoi.web.api.SessionApi;

/**
 * The administrator's checklist screen below the browser: the list as it stands (an item's wording only where it was
 * checked), a loaded list's difference read before publishing, what is sent, and the service's refusal shown at its
 * place in the list with what was loaded kept.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
@OidcSecurity(claims = {@Claim(key = "sub", value = "9a1e-admin"), @Claim(key = "name", value = "Quản trị hệ thống")})
class ChecklistPagesTest {

    private static final String VERIFIED = "Phai nhạt lý tưởng cách mạng";
    private static final Checklist NQ04 = new Checklist("NQ04-27", 3, "27 biểu hiện suy thoái", "NQ 04-NQ/TW",
            "Biểu hiện", List.of(new Checklist.Group("I", "Nhóm I: suy thoái về tư tưởng chính trị", List.of(
                    new Checklist.Item(1, VERIFIED, "Nghị quyết 04-NQ/TW"),
                    new Checklist.Item(2, null, null)))));
    private static final String CSV = "group,groupTitle,number,text,source\nI,,1,,\n"
            + "I,,2,\"Văn bản biểu hiện thứ 2, do cấp ủy nạp\",Bản sao văn bản của Tỉnh ủy\n";
    private static final ChecklistDiff CHANGED = new ChecklistDiff("NQ04-27", 3, false, List.of(), List.of(),
            List.of(new ChecklistDiff.Change(2, new ChecklistDiff.Placed("I", new Checklist.Item(2, null, null)),
                    new ChecklistDiff.Placed("I", new Checklist.Item(2, "Văn bản biểu hiện thứ 2, do cấp ủy nạp",
                            "Bản sao văn bản của Tỉnh ủy")))),
            1);

    @InjectMock
    @RestClient
    SessionApi sessions;

    @BeforeEach
    void theListAsItStands() {
        when(sessions.checklist(eq("NQ04-27"))).thenReturn(NQ04);
        when(sessions.checklists()).thenReturn(List.of(NQ04));
    }

    @Test
    void theListShowsAWordingOnlyWhereItWasCheckedAndOffersTheAdministratorALoad() {
        given().get("/danh-muc-kiem-diem").then().statusCode(200)
                .body(containsString("href=\"/danh-muc-kiem-diem/NQ04-27\""))
                .body(containsString("href=\"/danh-muc-kiem-diem\""));
        given().get("/danh-muc-kiem-diem/NQ04-27").then().statusCode(200)
                .body(containsString(VERIFIED)).body(containsString("Nguồn đối chiếu: Nghị quyết 04-NQ/TW"))
                .body(containsString("Biểu hiện thứ 2")).body(containsString("Nạp danh mục mới"));
    }

    @Test
    void aLoadedCsvIsComparedThenPublishedAgainstTheVersionItWasComparedWith() {
        when(sessions.checklistDiffCsv(eq("NQ04-27"), anyString())).thenReturn(CHANGED);
        String diffPage = given().multiPart("csrf-token", token()).multiPart("key", "khoa-nap-1")
                .multiPart("tep", "nq04.csv", CSV.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/danh-muc-kiem-diem/NQ04-27/xem-truoc").then().statusCode(200)
                .body(containsString("sửa 1 mục")).body(containsString("Văn bản biểu hiện thứ 2, do cấp ủy nạp"))
                .body(containsString("chưa có văn bản")).body(containsString("Công bố phiên bản 4"))
                .extract().asString();
        verify(sessions).checklistDiffCsv("NQ04-27", CSV);
        verify(sessions, never()).publishChecklistCsv(any(), any(), any(), any());

        when(sessions.publishChecklistCsv(anyString(), eq("\"3\""), eq("NQ04-27"), anyString()))
                .thenReturn(new Checklist("NQ04-27", 4, NQ04.title(), NQ04.document(), "Biểu hiện", NQ04.groups()));
        given().redirects().follow(false).multiPart("csrf-token", Demo.formToken(diffPage))
                .multiPart("key", "khoa-cong-bo").multiPart("version", "3")
                .multiPart(text("noiDung", hidden(diffPage, "noiDung")))
                .post("/danh-muc-kiem-diem/NQ04-27/cong-bo").then().statusCode(303)
                .header("Location", containsString("/danh-muc-kiem-diem/NQ04-27?da=4"));
        verify(sessions).publishChecklistCsv("khoa-cong-bo", "\"3\"", "NQ04-27", CSV);
        given().queryParam("da", 4).get("/danh-muc-kiem-diem/NQ04-27").then()
                .body(containsString("Đã công bố phiên bản 4."));
    }

    @Test
    void aPastedJsonListIsSentAsJson() {
        when(sessions.checklistDiff(eq("NQ04-27"), any(JsonNode.class))).thenReturn(CHANGED);
        String json = "{\"title\": \"27 biểu hiện suy thoái\", \"document\": \"NQ 04-NQ/TW\", \"itemNoun\": \"Biểu hiện\","
                + " \"groups\": [{\"code\": \"I\", \"items\": [{\"number\": 1}, {\"number\": 2}]}]}";
        given().multiPart("csrf-token", token()).multiPart("key", "khoa-nap-2").multiPart(text("noiDung", json))
                .post("/danh-muc-kiem-diem/NQ04-27/xem-truoc").then().statusCode(200);
        ArgumentCaptor<JsonNode> sent = ArgumentCaptor.forClass(JsonNode.class);
        verify(sessions).checklistDiff(eq("NQ04-27"), sent.capture());
        assertEquals(2, sent.getValue().path("groups").path(0).path("items").size());
    }

    @Test
    void aRefusedListIsShownAtItsPlaceWithWhatWasLoadedAndABrokenFileIsNeverSent() {
        when(sessions.checklistDiffCsv(eq("NQ04-27"), anyString())).thenThrow(Demo.refused(422,
                "checklist-text-without-source", "groups[0].items[1].source", "item 2 has a text and no source"));
        String typed = "group,groupTitle,number,text,source\nI,,1,,\nI,,2,Một câu không rõ nguồn,\n";
        given().multiPart("csrf-token", token()).multiPart("key", "khoa-nap-3").multiPart(text("noiDung", typed))
                .post("/danh-muc-kiem-diem/NQ04-27/xem-truoc").then().statusCode(422)
                .body(containsString("Mục có văn bản phải ghi nguồn đã đối chiếu"))
                .body(containsString("Nhóm thứ 1, mục thứ 2 của danh mục."))
                .body(containsString("Một câu không rõ nguồn"));

        given().multiPart("csrf-token", token()).multiPart("key", "khoa-nap-4")
                .multiPart(text("noiDung", "{ không phải JSON"))
                .post("/danh-muc-kiem-diem/NQ04-27/xem-truoc").then().statusCode(400)
                .body(containsString("Không đọc được nội dung tệp"));
        given().multiPart("csrf-token", token()).multiPart("key", "khoa-nap-5")
                .multiPart("tep", "nq04.csv",
                        "group,groupTitle,number\nI,Nhóm một,1\n".getBytes(StandardCharsets.ISO_8859_1), "text/csv")
                .post("/danh-muc-kiem-diem/NQ04-27/xem-truoc").then().statusCode(415)
                .body(containsString("UTF-8"));
        given().multiPart("csrf-token", token()).multiPart("key", "khoa-nap-6").multiPart(text("noiDung", " "))
                .post("/danh-muc-kiem-diem/NQ04-27/xem-truoc").then().statusCode(400)
                .body(containsString("Hãy chọn tệp danh mục"));
        verify(sessions, never()).checklistDiff(any(), any());
    }

    @Test
    void aListThatMovedOnSinceItWasComparedIsNotPublished() {
        when(sessions.publishChecklistCsv(anyString(), eq("\"3\""), eq("NQ04-27"), anyString()))
                .thenThrow(Demo.refused(412, "version-mismatch", "If-Match", "checklist NQ04-27 is at version 4"));
        given().multiPart("csrf-token", token()).multiPart("key", "khoa-cong-bo-2").multiPart("version", "3")
                .multiPart(text("noiDung", CSV)).post("/danh-muc-kiem-diem/NQ04-27/cong-bo").then().statusCode(412)
                .body(containsString("đã được người khác thay đổi")).body(not(containsString("Đã công bố")));
        given().multiPart("csrf-token", "khong-phai-ma").multiPart("key", "khoa-cong-bo-3").multiPart("version", "3")
                .multiPart(text("noiDung", CSV)).post("/danh-muc-kiem-diem/NQ04-27/cong-bo").then().statusCode(403);
    }

    /** A text field as a browser sends it from a UTF-8 page. */
    private static io.restassured.specification.MultiPartSpecification text(String name, String value) {
        return new io.restassured.builder.MultiPartSpecBuilder(value).controlName(name)
                .charset(StandardCharsets.UTF_8).build();
    }

    private static String token() {
        return Demo.formToken(given().get("/danh-muc-kiem-diem/NQ04-27").then().extract().asString());
    }

    /** A hidden field's value as the browser would send it (the page escapes it). */
    private static String hidden(String html, String name) {
        java.util.regex.Matcher value = java.util.regex.Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"",
                java.util.regex.Pattern.DOTALL).matcher(html);
        if (!value.find()) {
            throw new AssertionError("no field " + name);
        }
        return value.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }
}
