package vn.tusoi.web.notices;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.RestAssured;

import vn.tusoi.web.Demo;
import vn.tusoi.web.api.AggregationApi;
import vn.tusoi.web.api.Laggard;
import vn.tusoi.web.api.Notice;
import vn.tusoi.web.api.NoticeApi;
import vn.tusoi.web.api.OrganizationApi;
import vn.tusoi.web.api.Progress;
import vn.tusoi.web.api.Reminders;
import vn.tusoi.web.api.SessionApi;
import vn.tusoi.web.api.Shortcoming;
import vn.tusoi.web.api.UnitNotifications;

/**
 * The laggards page's "Nhắc ngay" and the inbox below the browser: what is sent to aggregation-service, what the
 * page says back, a refusal shown on the page, a notice opened only towards a page of this front end.
 */
@QuarkusTest
@TestSecurity(user = "officer.ductho", roles = "officer")
@OidcSecurity(claims = {@Claim(key = "sub", value = "7d2e-officer-ductho"), @Claim(key = "unit", value = "HT-DT")})
class NoticePagesTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-04T02:05:00Z");
    private static final Laggard GDNN = new Laggard("HT-DT.GDNN",
            "Chi bộ Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện", "GRASSROOTS_CELL", "HT-DT", 1191,
            null);
    private static final Laggard DIEN_LUC = new Laggard("HT-DT.DIEN-LUC", "Chi bộ Điện lực Đức Thọ",
            "GRASSROOTS_CELL", "HT-DT", 1191, AT);

    @InjectMock
    @RestClient
    AggregationApi aggregation;

    @InjectMock
    @RestClient
    SessionApi sessions;

    @InjectMock
    @RestClient
    NoticeApi notices;

    @InjectMock
    @RestClient
    OrganizationApi organization;

    @BeforeEach
    void twoLaggards() {
        RestAssured.urlEncodingEnabled = true;
        when(aggregation.progress(eq(Demo.CAMPAIGN_CODE), eq("HT-DT"))).thenReturn(progress());
        when(aggregation.laggards(eq(Demo.CAMPAIGN_CODE), eq("HT-DT"), anyInt(), anyInt()))
                .thenReturn(Demo.pageOf(List.of(GDNN, DIEN_LUC)));
        when(sessions.campaign(Demo.CAMPAIGN_CODE)).thenReturn(Demo.CAMPAIGN);
    }

    private static Progress progress() {
        return new Progress(Demo.CAMPAIGN_CODE, "HT-DT", "Đảng bộ huyện Đức Thọ", new Progress.Count(33, 35),
                Map.of(), 33, 0, new Progress.Members(0, 27, Map.of()),
                new Progress.Shortcomings(0, 0, 0, 0, 0, Map.of(), 0, Map.of()), new Progress.Attendance(0, 0, 0.0),
                new Progress.Indicators(0, 0), Map.of(), AT, null);
    }

    @Test
    void theTickedLaggardsAreRemindedWithTheMessageAndThePageSaysWhatWasDone() {
        String page = given().queryParam("campaign", Demo.CAMPAIGN_CODE).queryParam("unit", "HT-DT")
                .get("/chua-to-chuc").then().statusCode(200).body(containsString("name=\"chon\""))
                .body(containsString("chưa nhắc")).body(containsString("đã nhắc 09:05:00 04/12/2026"))
                .extract().asString();
        String message = "Đề nghị chi bộ tổ chức sinh hoạt, báo cáo Ban Thường vụ Huyện ủy trước ngày 10/12/2026.";
        when(notices.remind(eq("khoa-nhac"), eq(Demo.CAMPAIGN_CODE), eq("HT-DT"),
                eq(new Reminders.Request(List.of("HT-DT.GDNN", "HT-DT.DIEN-LUC"), message))))
                .thenReturn(new Reminders.Outcome(1, AT, List.of("HT-DT.GDNN"),
                        List.of(new Reminders.Skipped("HT-DT.DIEN-LUC", AT)), List.of()));
        given().contentType(FORM).formParam("csrf-token", Demo.formToken(page)).formParam("key", "khoa-nhac")
                .formParam("campaign", Demo.CAMPAIGN_CODE).formParam("unit", "HT-DT")
                .formParam("chon", "HT-DT.GDNN", "HT-DT.DIEN-LUC").formParam("loiNhan", message)
                .post("/chua-to-chuc").then().statusCode(200)
                .body(containsString("Đã gửi nhắc 1 tổ chức đảng lúc 09:05:00 04/12/2026. 1 tổ chức đảng vừa được"
                        + " nhắc gần đây nên không nhắc lại."));
    }

    @Test
    void aRefusedReminderIsShownOnThePage() {
        String page = given().queryParam("campaign", Demo.CAMPAIGN_CODE).queryParam("unit", "HT-DT")
                .get("/chua-to-chuc").then().statusCode(200).extract().asString();
        when(notices.remind(anyString(), anyString(), anyString(), any())).thenThrow(Demo.refused(409,
                "campaign-closed", "campaignCode", "campaign 87-KH/HU is closed"));
        given().contentType(FORM).formParam("csrf-token", Demo.formToken(page)).formParam("key", "khoa-2")
                .formParam("campaign", Demo.CAMPAIGN_CODE).formParam("unit", "HT-DT").post("/chua-to-chuc").then()
                .statusCode(200).body(containsString("Chưa gửi nhắc:"));
        // without the form token nothing is sent
        given().contentType(FORM).formParam("key", "khoa-3").formParam("campaign", Demo.CAMPAIGN_CODE)
                .formParam("unit", "HT-DT").post("/chua-to-chuc").then().statusCode(403);
        verify(notices, never()).remind(eq("khoa-3"), anyString(), anyString(), any());
    }

    @Test
    @TestSecurity(user = "viewer.hatinh", roles = "viewer")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "5e1f-viewer"), @Claim(key = "unit", value = "HT")})
    void aViewerIsNotOfferedTheReminder() {
        given().queryParam("campaign", Demo.CAMPAIGN_CODE).queryParam("unit", "HT-DT").get("/chua-to-chuc").then()
                .statusCode(200).body(not(containsString("Nhắc ngay"))).body(not(containsString("name=\"chon\"")));
    }

    @Test
    void theFollowUpBoardMarksTheActionsEscalatedForBeingOverdue() {
        UUID late = UUID.fromString("5a0c1d2e-3f40-4b5c-8d6e-7f8091a2b3c4");
        UUID other = UUID.fromString("6b1d2e3f-4051-4c6d-9e7f-8091a2b3c4d5");
        Shortcoming.Action escalated = new Shortcoming.Action(late, "Rà soát, bổ sung quy chế làm việc của chi ủy",
                "Chi ủy", java.time.LocalDate.of(2026, 10, 1), "IN_PROGRESS", 40, null, true, 2);
        Shortcoming.Action onTime = new Shortcoming.Action(other, "Tổ chức học tập nghị quyết", "Bí thư chi bộ",
                java.time.LocalDate.of(2027, 1, 15), "PLANNED", 0, null, false, 1);
        Shortcoming open = new Shortcoming(Demo.SHORTCOMING.id(), Demo.SESSION_ID, Demo.CAMPAIGN_CODE,
                Demo.CELL.code(), "Tư tưởng chính trị", Demo.SHORTCOMING.description(), List.of(), null,
                "COLLECTIVE", null, "OPEN", null, null, List.of(escalated, onTime), 1);
        when(organization.unit(Demo.CELL.code())).thenReturn(Demo.CELL);
        when(sessions.shortcomings(eq(Demo.CELL.code()), eq("OPEN"), anyInt(), anyInt()))
                .thenReturn(Demo.pageOf(List.of(open)));
        when(notices.escalatedActions(Demo.CELL.code())).thenReturn(List.of(new Reminders.Escalated(late,
                Demo.CELL.code(), "HT-DT", AT)));
        String page = given().queryParam("unit", Demo.CELL.code()).get("/theo-doi-khac-phuc").then()
                .statusCode(200).extract().asString();
        String lateSection = page.substring(page.indexOf("id=\"a-" + late), page.indexOf("id=\"a-" + other));
        org.junit.jupiter.api.Assertions.assertTrue(lateSection.contains("Đã báo cáo cấp trên"), lateSection);
        org.junit.jupiter.api.Assertions.assertEquals(1, page.split("Đã báo cáo cấp trên", -1).length - 1);
        // the board is session-service's: without the notices it shows, unmarked
        when(notices.escalatedActions(Demo.CELL.code())).thenThrow(new jakarta.ws.rs.ProcessingException("down"));
        given().queryParam("unit", Demo.CELL.code()).get("/theo-doi-khac-phuc").then().statusCode(200)
                .body(containsString("Rà soát, bổ sung quy chế")).body(not(containsString("Đã báo cáo cấp trên")));
    }

    @Test
    void theUnitsOfficerSetsWhereItsNoticesAreMailedAndARefusalIsShown() {
        when(notices.notices(eq("HT-DT"), anyInt(), anyInt())).thenReturn(Demo.pageOf(List.of()));
        when(notices.unread("HT-DT")).thenReturn(new Reminders.Unread("HT-DT", 0));
        when(organization.notifications("HT-DT")).thenReturn(new UnitNotifications("HT-DT", Demo.DISTRICT.name(),
                List.of(), false, 4));
        String page = given().get("/thong-bao").then().statusCode(200)
                .body(containsString("Đơn vị chưa có địa chỉ nhận thư")).body(containsString("name=\"emails\""))
                .extract().asString();
        given().contentType(FORM).formParam("csrf-token", Demo.formToken(page)).formParam("key", "khoa-thu")
                .formParam("unit", "HT-DT").formParam("version", "4")
                .formParam("emails", "vanphong.huyenuy@ductho.example\r\n  bithu@ductho.example ")
                .formParam("emailOff", "on").redirects().follow(false).post("/thong-bao/cai-dat").then()
                .statusCode(303).header("Location", containsString("/thong-bao?unit=HT-DT&da=luu"));
        verify(organization).setNotifications(eq("khoa-thu"), eq("\"4\""), eq("HT-DT"),
                eq(new UnitNotifications.Settings(
                        List.of("vanphong.huyenuy@ductho.example", "bithu@ductho.example"), true)));
        when(organization.setNotifications(anyString(), any(), eq("HT-DT"), any())).thenThrow(Demo.refused(400,
                "notification-address-invalid", "emails", "address 0 is not an e-mail address"));
        given().contentType(FORM).formParam("csrf-token", Demo.formToken(page)).formParam("key", "khoa-thu-2")
                .formParam("unit", "HT-DT").formParam("version", "4").formParam("emails", "bí thư@ductho")
                .post("/thong-bao/cai-dat").then().statusCode(400).body(containsString("role=\"alert\""));
    }

    @Test
    @TestSecurity(user = "member.vks", roles = "member")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "9f3a-member"), @Claim(key = "unit", value = "HT-DT.VKS")})
    void aMemberReadsTheInboxAndIsNotOfferedTheSettings() {
        when(notices.notices(eq(Demo.CELL.code()), anyInt(), anyInt())).thenReturn(Demo.pageOf(List.of()));
        when(notices.unread(Demo.CELL.code())).thenReturn(new Reminders.Unread(Demo.CELL.code(), 0));
        when(organization.notifications(Demo.CELL.code())).thenReturn(new UnitNotifications(Demo.CELL.code(),
                Demo.CELL.name(),
                List.of("vks@ductho.example"), true, 2));
        given().get("/thong-bao").then().statusCode(200).body(containsString("Đơn vị đã tắt thư điện tử"))
                .body(not(containsString("name=\"emails\""))).body(containsString("Chưa có thông báo nào."));
    }

    @Test
    void theIssuersOfficerSetsTheReminderScheduleAndAnOfficerBelowReadsWhoSetsIt() {
        when(notices.schedule(Demo.CAMPAIGN_CODE)).thenReturn(new Reminders.Schedule(List.of(7, 1), 3, 3, false));
        String page = given().queryParam("campaign", Demo.CAMPAIGN_CODE).queryParam("unit", "HT-DT")
                .get("/chua-to-chuc/lich-nhac").then().statusCode(200).body(containsString("Lịch mặc định"))
                .body(containsString("value=\"7, 1\"")).extract().asString();
        given().contentType(FORM).formParam("csrf-token", Demo.formToken(page)).formParam("key", "khoa-lich")
                .formParam("campaign", Demo.CAMPAIGN_CODE).formParam("unit", "HT-DT").formParam("daysBefore", "14, 3")
                .formParam("everyDaysAfter", "7").formParam("timesAfter", "2").redirects().follow(false)
                .post("/chua-to-chuc/lich-nhac").then().statusCode(303).header("Location", containsString("da=luu"));
        verify(notices).setSchedule(eq("khoa-lich"), eq(Demo.CAMPAIGN_CODE),
                eq(new Reminders.Schedule(List.of(14, 3), 7, 2, true)));
        // a word where a number goes is named, and nothing is sent
        given().contentType(FORM).formParam("csrf-token", Demo.formToken(page)).formParam("key", "khoa-lich-2")
                .formParam("campaign", Demo.CAMPAIGN_CODE).formParam("unit", "HT-DT").formParam("daysBefore", "bảy")
                .formParam("everyDaysAfter", "7").formParam("timesAfter", "2").post("/chua-to-chuc/lich-nhac").then()
                .statusCode(400).body(containsString("role=\"alert\""));
        verify(notices, never()).setSchedule(eq("khoa-lich-2"), anyString(), any());
        // a schedule the caller may not read is the issuer's
        when(notices.schedule(Demo.CAMPAIGN_CODE)).thenThrow(Demo.refused(403, "out-of-scope", "unitCode", "no"));
        given().queryParam("campaign", Demo.CAMPAIGN_CODE).queryParam("unit", "HT-DT.VKS")
                .get("/chua-to-chuc/lich-nhac").then().statusCode(200)
                .body(containsString("do cấp ủy ban hành kế hoạch đặt"))
                .body(not(containsString("name=\"daysBefore\"")));
    }

    @Test
    void theInboxListsTheNoticesAndOpensOneOnlyTowardsThisFrontEnd() {
        UUID id = UUID.fromString("0b8e7f54-3c2d-4e1a-8f6b-9a7c5d4e3f21");
        when(notices.notices(eq("HT-DT.GDNN"), anyInt(), anyInt())).thenReturn(Demo.pageOf(List.of(new Notice(id,
                "CAMPAIGN_REMINDER", "HT-DT.GDNN", Demo.CAMPAIGN_CODE, "Nhắc tổ chức sinh hoạt theo Kế hoạch 87-KH/HU",
                GDNN.name() + " chưa tổ chức sinh hoạt theo Kế hoạch 87-KH/HU; hạn chót 31/08/2023.\nLời nhắn: Khẩn.",
                "/bao-cao-sinh-hoat?unit=HT-DT.GDNN", "officer.ductho", AT, null,
                List.of(new Notice.Mail("gdnn@ductho.example", "SENT", 1, AT))))));
        when(notices.unread("HT-DT.GDNN")).thenReturn(new Reminders.Unread("HT-DT.GDNN", 1));
        when(organization.notifications("HT-DT.GDNN")).thenReturn(new UnitNotifications("HT-DT.GDNN", GDNN.name(),
                List.of("gdnn@ductho.example"), false, 3));
        given().queryParam("unit", "HT-DT.GDNN").get("/thong-bao").then().statusCode(200)
                .body(containsString("1 thông báo, 1 chưa đọc")).body(containsString("<p>Lời nhắn: Khẩn.</p>"))
                .body(containsString("gdnn@ductho.example (đã gửi)"))
                .body(containsString("/thong-bao/mo?id=" + id + "&amp;den=%2Fbao-cao-sinh-hoat%3Funit%3DHT-DT.GDNN"));
        given().redirects().follow(false).queryParam("id", id.toString())
                .queryParam("den", "/bao-cao-sinh-hoat?unit=HT-DT.GDNN").get("/thong-bao/mo").then().statusCode(303)
                .header("Location", containsString("/bao-cao-sinh-hoat?unit=HT-DT.GDNN"));
        given().redirects().follow(false).queryParam("id", id.toString()).queryParam("den", "//evil.example/x")
                .get("/thong-bao/mo").then().statusCode(303).header("Location", containsString("/thong-bao"))
                .header("Location", not(containsString("evil")));
        verify(notices, org.mockito.Mockito.times(2)).read(id);
        when(notices.unread("HT-DT")).thenReturn(new Reminders.Unread("HT-DT", 4));
        given().get("/thong-bao/so").then().statusCode(200).body(containsString(">4</span>"));
    }

    @Test
    @TestSecurity(user = "member.vks", roles = "member")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "9a1c-member-vks"), @Claim(key = "unit", value = "HT-DT.VKS"),
            @Claim(key = "member", value = "HT-0001234")})
    void aMemberReadsTheirOwnNoticesNotTheirCells() {
        UUID id = UUID.fromString("4f6d2c1e-8a7b-4c3d-9e2f-1a0b9c8d7e6f");
        String longest = "Cấp ủy đã quyết định xếp loại chất lượng của đồng chí (số lý lịch HT-0001234) theo Kế hoạch "
                + Demo.CAMPAIGN_CODE + ": Hoàn thành xuất sắc nhiệm vụ.";
        when(notices.mine(anyInt(), anyInt())).thenReturn(Demo.pageOf(List.of(new Notice(id, "MEMBER_GRADE_DECIDED",
                "HT-DT.VKS", Demo.CAMPAIGN_CODE, "Kết quả xếp loại chất lượng đảng viên", longest,
                "/tu-kiem-diem?campaign=" + Demo.CAMPAIGN_CODE, null, AT, null,
                List.of(new Notice.Mail("member.vks@tusoi.example", "SENT", 1, AT))))));
        when(notices.unreadOfMine()).thenReturn(new Reminders.UnreadOfMine(1));
        given().get("/thong-bao").then().statusCode(200)
                .body(containsString("Thông báo của đồng chí · 1 thông báo, 1 chưa đọc"))
                .body(containsString("<p>" + longest + "</p>"))
                .body(containsString("member.vks@tusoi.example (đã gửi)"))
                // no unit's mail settings for a member: their address is their account's
                .body(not(containsString("Nhận thông báo qua thư điện tử")));
        given().get("/thong-bao/so").then().statusCode(200).body(containsString(">1</span>"));
        verify(notices, never()).notices(anyString(), anyInt(), anyInt());
        verify(notices, never()).unread(anyString());
        verify(organization, never()).notifications(anyString());
    }
}
