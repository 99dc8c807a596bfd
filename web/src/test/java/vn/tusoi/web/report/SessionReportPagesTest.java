package vn.tusoi.web.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.specification.RequestSpecification;

import vn.tusoi.web.Demo;
import vn.tusoi.web.api.OrganizationApi;
import vn.tusoi.web.api.SessionApi;
import vn.tusoi.web.api.SessionRequest;

/**
 * The report's page below the browser: what it shows of what the services answer, and what it sends them, with the
 * services' clients replaced and a cell secretary signed in.
 */
@QuarkusTest
@TestSecurity(user = "secretary.vks", roles = "secretary")
@OidcSecurity(claims = {@Claim(key = "sub", value = "3b0c9f1e-secretary-vks"),
        @Claim(key = "unit", value = "HT-DT.VKS"),
        @Claim(key = "name", value = "Bí thư Chi bộ VKS")})
class SessionReportPagesTest {

    private static final String PAGE = "/bao-cao-sinh-hoat/phien";
    /** As a browser sends a form of a page in UTF-8. */
    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @InjectMock
    @RestClient
    SessionApi sessions;

    @InjectMock
    @RestClient
    OrganizationApi organization;

    @BeforeEach
    void theServicesAnswerAsTheDemo() {
        when(sessions.campaign(eq(Demo.CAMPAIGN_CODE))).thenReturn(Demo.CAMPAIGN);
        when(organization.unit(eq(Demo.CELL.code()))).thenReturn(Demo.CELL);
        when(sessions.sessionOf(eq(Demo.CAMPAIGN_CODE), eq(Demo.CELL.code())))
                .thenReturn(Demo.pageOf(List.of(Demo.HELD)));
        when(sessions.session(eq(Demo.SESSION_ID))).thenReturn(Demo.HELD);
        when(sessions.shortcomingsOf(eq(Demo.SESSION_ID))).thenReturn(List.of(Demo.SHORTCOMING));
        when(sessions.shortcomings(anyString(), anyString(), anyInt(), anyInt()))
                .thenReturn(Demo.pageOf(List.of()));
        when(sessions.indicators(anyString(), anyString())).thenThrow(Demo.notFound());
    }

    @Test
    void theReportShowsTheSessionAndItsShortcomingsAsStored() {
        page().get(PAGE).then().statusCode(200)
                .body(containsString("Chi bộ Viện Kiểm sát nhân dân huyện"))
                .body(containsString("Chi bộ đã tự soi, tự sửa theo Kế hoạch 87-KH/HU."))
                .body(containsString("Việc học tập, quán triệt nghị quyết có lúc chưa kịp thời."))
                .body(containsString("Bí thư Chi bộ VKS"))
                // a secretary's menu offers no approval queue: that is the committees' page
                .body(containsString("href=\"/bao-cao-sinh-hoat\"")).body(not(containsString("href=\"/duyet\"")));
    }

    @Test
    void aDateThatIsNotADateIsShownAtItsFieldWithWhatWasTypedAndNothingIsSent() {
        String minutes = "Biên bản: chi bộ đã thảo luận dân chủ, thẳng thắn.";

        given().contentType(FORM).formParams(sessionForm("31/02/2026", minutes)).post(
                "/bao-cao-sinh-hoat/phien").then().statusCode(400)
                .body(containsString("cần là một ngày"))
                .body(containsString(minutes));

        verify(sessions, never()).edit(any(), any(), any(), any());
    }

    @Test
    void theServicesRefusalIsShownWithTheFormAsSent() {
        when(sessions.edit(anyString(), anyString(), eq(Demo.SESSION_ID), any(SessionRequest.class)))
                .thenThrow(Demo.refused(422, "held-on-in-future", "heldOn", "the session cannot be held later"));
        String minutes = "Biên bản có dấu: Đảng viên tự phê bình và phê bình nghiêm túc.";

        given().contentType(FORM).formParams(sessionForm("2099-01-01", minutes)).post(
                "/bao-cao-sinh-hoat/phien").then().statusCode(422)
                .body(containsString("Ngày sinh hoạt không được sau ngày hôm nay."))
                .body(containsString(minutes))
                .body(not(containsString("Đã lưu báo cáo")));
    }

    @Test
    void aSavedReportGoesBackToItsPageWithItsNoticeAndSendsWhatWasTyped() {
        when(sessions.edit(anyString(), anyString(), eq(Demo.SESSION_ID), any(SessionRequest.class)))
                .thenReturn(Demo.HELD);

        given().redirects().follow(false).contentType(FORM)
                .formParams(sessionForm("2026-11-20", "Biên bản đã sửa.")).post("/bao-cao-sinh-hoat/phien").then()
                .statusCode(303).header("Location", endsWith("&da=luu"));

        ArgumentCaptor<SessionRequest> sent = ArgumentCaptor.forClass(SessionRequest.class);
        verify(sessions).edit(eq("khoa-1"), eq("\"3\""), eq(Demo.SESSION_ID), sent.capture());
        assertEquals(LocalDate.of(2026, 11, 20), sent.getValue().heldOn());
        assertEquals("HELD", sent.getValue().status());
        assertEquals("Biên bản đã sửa.", sent.getValue().minutesSummary());
        assertEquals(List.of("Trần Thị Lan"), sent.getValue().delegates());
    }

    @Test
    void aFormWithoutThisSignInsTokenIsRefused() {
        Map<String, String> form = sessionForm("2026-11-20", "Biên bản.");
        form.put("csrf-token", "0".repeat(64));

        given().contentType(FORM).formParams(form).post("/bao-cao-sinh-hoat/phien").then()
                .statusCode(403);
        verify(sessions, never()).edit(any(), any(), any(), any());
    }

    @Test
    void theNoticeOfTheWriteJustDoneIsShownOnce() {
        page().queryParam("da", "gui").get(PAGE).then().statusCode(200)
                .body(containsString("Đã gửi báo cáo lên cấp ủy cấp trên."));
        page().queryParam("da", "khong-co").get(PAGE).then().statusCode(200)
                .body(not(containsString("Đã gửi báo cáo")));
    }

    /** The report of the demo's campaign at the cell. */
    private static RequestSpecification page() {
        return given().queryParam("campaign", Demo.CAMPAIGN_CODE).queryParam("unit", Demo.CELL.code());
    }

    private Map<String, String> sessionForm(String heldOn, String minutes) {
        String token = Demo.formToken(page().get(PAGE).then().statusCode(200).extract().asString());
        Map<String, String> form = new HashMap<>();
        form.put("csrf-token", token);
        form.put("key", "khoa-1");
        form.put("campaign", Demo.CAMPAIGN_CODE);
        form.put("unit", Demo.CELL.code());
        form.put("sessionId", Demo.SESSION_ID.toString());
        form.put("version", "3");
        form.put("step", "held");
        form.put("heldOn", heldOn);
        form.put("kind", "THEMATIC");
        form.put("chair", "Nguyễn Văn Hùng");
        form.put("delegates", "Trần Thị Lan\n");
        form.put("expected", "6");
        form.put("present", "5");
        form.put("minutesSummary", minutes);
        return form;
    }
}
