package vn.tusoi.web.followup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

import vn.tusoi.web.Demo;
import vn.tusoi.web.api.AggregationApi;
import vn.tusoi.web.api.Progress;
import vn.tusoi.web.api.SessionApi;
import vn.tusoi.web.api.Shortcoming;

/**
 * The open shortcomings below the browser: one that came back in an area where its unit had one in an earlier review
 * (tái diễn) is marked on the page, in the sheet, and counted among the progress page's figures.
 */
@QuarkusTest
@TestSecurity(user = "officer.ductho", roles = "officer")
@OidcSecurity(claims = {@Claim(key = "sub", value = "7d2e-officer-ductho"), @Claim(key = "unit", value = "HT-DT")})
class FollowUpPagesTest {

    private static final UUID EARLIER = UUID.fromString("5a6b7c8d-1e2f-4a3b-9c4d-5e6f7a8b9c0d");
    private static final Shortcoming RECURRING = new Shortcoming(UUID.fromString(
            "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"), Demo.SESSION_ID, Demo.CAMPAIGN_CODE, "HT-DT.VKS",
            "LAND_ENVIRONMENT", "Quản lý đất đai ở một số thôn còn buông lỏng, để xảy ra lấn chiếm đất công.",
            List.of(), null, "COLLECTIVE", null, "OPEN", null, EARLIER, List.of(new Shortcoming.Action(UUID.fromString(
                    "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a"), "Rà soát, xử lý dứt điểm các trường hợp lấn chiếm",
                    "Ủy ban nhân dân xã", java.time.LocalDate.of(2026, 12, 31), "IN_PROGRESS", 40, null, false, 2)),
            3);
    private static final Progress PROGRESS = new Progress(Demo.CAMPAIGN_CODE, "HT-DT", "Đảng bộ huyện Đức Thọ",
            new Progress.Count(1, 2), Map.of(), 1, 0, new Progress.Members(0, 6, Map.of()),
            new Progress.Shortcomings(2, 2, 0, 0, 0, Map.of("LAND_ENVIRONMENT", 2L), 1,
                    Map.of("LAND_ENVIRONMENT", 1L)),
            new Progress.Attendance(5, 6, 83.3), new Progress.Indicators(0, 0), Map.of(),
            OffsetDateTime.parse("2026-12-03T08:00:00+07:00"), null);

    @InjectMock
    @RestClient
    SessionApi sessions;

    @InjectMock
    @RestClient
    AggregationApi aggregation;

    @BeforeEach
    void oneShortcomingCameBack() {
        when(sessions.campaign(eq(Demo.CAMPAIGN_CODE))).thenReturn(Demo.CAMPAIGN);
        when(aggregation.progress(eq(Demo.CAMPAIGN_CODE), eq("HT-DT"))).thenReturn(PROGRESS);
        when(sessions.shortcomings(eq("HT-DT"), eq("OPEN"), anyInt(), anyInt()))
                .thenReturn(Demo.pageOf(List.of(RECURRING, Demo.SHORTCOMING)));
    }

    @Test
    void aShortcomingThatCameBackIsMarkedOnThePage() {
        String page = given().queryParam("campaign", Demo.CAMPAIGN_CODE).queryParam("unit", "HT-DT")
                .get("/khac-phuc").then().statusCode(200)
                .body(containsString("data-recurring=\"" + EARLIER + "\""))
                .body(containsString("Tái diễn:")).extract().asString();
        assertEquals(1, page.split("data-recurring=").length - 1, "only the one that came back is marked");
    }

    @Test
    void theSheetSaysWhichCameBack() throws Exception {
        byte[] xlsx = given().queryParam("campaign", Demo.CAMPAIGN_CODE).queryParam("unit", "HT-DT")
                .get("/khac-phuc/xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            int last = sheet.getRow(3).getLastCellNum() - 1;
            assertEquals("Tái diễn", sheet.getRow(3).getCell(last).getStringCellValue());
            assertEquals("Có", sheet.getRow(4).getCell(last).getStringCellValue());
        }
    }
}
