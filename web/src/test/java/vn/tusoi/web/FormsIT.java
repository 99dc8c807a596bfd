package vn.tusoi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * The units' forms in real Chromium, each step signed in as the role that does it, on this year's year-end review
 * 120-KH/HU that Đức Thọ issued (demo data): a cell reports its review, the district returns it, the cell corrects
 * it, the district approves it; decisions that cross; several approved at once; a report kept through a lost
 * connection; a cell kept out of another's form.
 */
class FormsIT {

    static final String CAMPAIGN = "120-KH%2FHU";
    static final String VKS = "Chi bộ Viện Kiểm sát nhân dân huyện";
    static final ObjectMapper JSON = new ObjectMapper();
    static final LocatorAssertions.HasTextOptions LIVE = new LocatorAssertions.HasTextOptions().setTimeout(10_000);

    static WebSuite suite;

    @BeforeAll
    static void startSuite() throws Exception {
        suite = WebSuite.shared();
    }

    @Test
    void theBinhXuyenReviewIsEnteredReturnedCorrectedAndApprovedThenLocked() throws Exception {
        try (BrowserContext cell = suite.phone(); BrowserContext district = suite.phone()) {
            Page leader = district.newPage();
            suite.signIn(leader, "officer.ductho", "officer");
            leader.navigate(suite.web.baseUrl() + "/tien-do?campaign=" + CAMPAIGN + "&unit=HT-DT");
            String openBefore = leader.locator("[data-figure=open]").textContent().strip();

            Page secretary = cell.newPage();
            suite.signIn(secretary, "secretary.vks", "secretary");
            secretary.navigate(suite.web.baseUrl() + "/bao-cao-sinh-hoat");
            secretary.getByText("Kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2026")
                    .click();
            assertThat(secretary.locator("h1")).hasText("Báo cáo sinh hoạt");

            // the session: a mistake first, told next to its field in Vietnamese, and nothing recorded
            secretary.getByLabel("Ngày sinh hoạt").fill(LocalDate.now().minusDays(2).toString());
            secretary.getByLabel("Loại sinh hoạt").selectOption("ANNUAL_REVIEW");
            secretary.getByLabel("Người chủ trì").fill("Đồng chí Bí thư Chi bộ");
            secretary.getByLabel("Đại biểu cấp trên dự").fill("Ủy viên Ban Thường vụ Huyện ủy");
            secretary.getByLabel("Phải dự").fill("7");
            secretary.getByLabel("Có mặt").fill("9");
            secretary.getByLabel("Tóm tắt biên bản").fill("Chi bộ tự soi, tự sửa theo gợi ý của Huyện ủy.");
            secretary.getByText("Lưu: đã tổ chức").click();
            assertThat(secretary.locator("#present-error"))
                    .hasText("Số đảng viên có mặt không được nhiều hơn số phải dự.");
            assertEquals(0, sessionsOf("HT-DT.VKS").size());
            secretary.getByLabel("Có mặt").fill("7");
            secretary.getByText("Lưu: đã tổ chức").click();
            assertThat(secretary.locator(".notice")).hasText("Đã lưu báo cáo: đơn vị đã tổ chức sinh hoạt.");
            assertThat(secretary.locator("[data-status]")).hasAttribute("data-status", "HELD");

            // the Bình Xuyên shortcoming: land violations, two causes, two actions, one member answerable
            Locator added = secretary.locator("article.shortcoming.new");
            added.getByLabel("Lĩnh vực").selectOption("LAND_ENVIRONMENT");
            added.getByLabel("Nội dung hạn chế, khuyết điểm").fill("Công tác quản lý đất đai còn để xảy ra vi"
                    + " phạm, lấn chiếm đất công chưa được phát hiện, xử lý kịp thời.");
            added.getByLabel("Nguyên nhân khách quan").fill("Hồ sơ địa chính qua nhiều thời kỳ chưa đồng bộ.");
            added.getByLabel("Nguyên nhân chủ quan").fill("Cấp ủy chưa thường xuyên kiểm tra, giám sát.");
            added.getByLabel("Cá nhân", new Locator.GetByLabelOptions().setExact(true)).check();
            added.getByLabel("Biện pháp 1").fill("Rà soát toàn bộ các trường hợp vi phạm đất đai");
            added.getByLabel("Người thực hiện").first().fill("Phó Bí thư Chi bộ");
            added.getByLabel("Hạn hoàn thành").first().fill("2027-03-31");
            added.getByLabel("Biện pháp 2").fill("Kiểm điểm trách nhiệm cá nhân liên quan");
            added.getByLabel("Người thực hiện").nth(1).fill("Bí thư Chi bộ");
            added.getByLabel("Hạn hoàn thành").nth(1).fill("2027-01-31");
            added.getByText("Thêm hạn chế").last().click();
            assertThat(secretary.locator("article.shortcoming.new .errors"))
                    .containsText("Trách nhiệm cá nhân cần ghi rõ đảng viên chịu trách nhiệm.");
            secretary.locator("article.shortcoming.new").getByLabel("Đảng viên chịu trách nhiệm")
                    .fill("HT-0001236");
            secretary.locator("article.shortcoming.new").getByText("Thêm hạn chế").last().click();
            assertThat(secretary.locator(".notice")).hasText("Đã lưu hạn chế, khuyết điểm.");
            assertThat(secretary.locator("article.shortcoming:not(.new)")).hasCount(1);

            // the district's dashboard counts it without a reload
            assertThat(leader.locator("[data-figure=open]")).hasText(String.valueOf(Integer.parseInt(openBefore)
                    + 1), LIVE);

            secretary.getByText("Gửi cấp trên").click();
            assertThat(secretary.locator(".notice")).hasText("Đã gửi báo cáo lên cấp ủy cấp trên.");
            suite.screenshot(secretary, "bao-cao-sinh-hoat");

            // the district returns it with a reason
            leader.navigate(suite.web.baseUrl() + "/duyet");
            leader.locator("tr", new Page.LocatorOptions().setHasText(VKS)).getByText("Xem, duyệt").click();
            assertThat(leader.locator("h1")).hasText(VKS);
            assertThat(leader.locator("main")).containsText("Cấp ủy chưa thường xuyên kiểm tra, giám sát.");
            leader.getByText("Trả lại để bổ sung").click();
            assertThat(leader.locator(".errors")).hasText("Khi trả lại báo cáo, cần ghi rõ lý do để đơn vị bổ sung.");
            leader.getByLabel("Ý kiến, lý do trả lại").fill("Bổ sung kết quả kiểm điểm từng đảng viên.");
            leader.getByText("Trả lại để bổ sung").click();
            assertThat(leader.locator("[data-status]")).hasAttribute("data-status", "RETURNED");

            // the cell reads why, corrects and sends again
            secretary.reload();
            assertThat(secretary.locator(".review-note")).containsText("Bổ sung kết quả kiểm điểm từng đảng viên.");
            secretary.getByLabel("Tóm tắt biên bản").fill("Chi bộ tự soi, tự sửa; 7/7 đảng viên đã kiểm điểm.");
            secretary.getByText("Gửi cấp trên").click();
            assertThat(secretary.locator(".notice")).hasText("Đã gửi báo cáo lên cấp ủy cấp trên.");

            leader.navigate(suite.web.baseUrl() + "/duyet");
            suite.screenshot(leader, "duyet");
            leader.locator("tr", new Page.LocatorOptions().setHasText(VKS)).getByText("Xem, duyệt").click();
            assertThat(leader.locator("main")).containsText("7/7 đảng viên đã kiểm điểm");
            leader.getByText("Duyệt", new Page.GetByTextOptions().setExact(true)).click();
            assertThat(leader.locator("[data-status]")).hasAttribute("data-status", "APPROVED");
            suite.screenshot(leader, "duyet-phien");

            // approved: locked, on the screen and in the service
            secretary.reload();
            assertThat(secretary.locator(".locked")).containsText("đã được duyệt và khóa");
            assertThat(secretary.locator("form.report")).hasCount(0);
            JsonNode stored = sessionsOf("HT-DT.VKS").get(0);
            assertEquals("APPROVED", stored.path("status").asText());
            assertEquals(7, stored.path("attendance").path("present").asInt());
        }
    }

    @Test
    void twoOfficersDecidingOneReportTheSecondIsToldItWasDecided() throws Exception {
        String id = submitted("HT-DT.TOA-AN");
        try (BrowserContext first = suite.phone(); BrowserContext second = suite.phone()) {
            Page one = first.newPage();
            Page other = second.newPage();
            suite.signIn(one, "officer.ductho", "officer");
            suite.signIn(other, "officer2.ductho", "officer");
            one.navigate(suite.web.baseUrl() + "/duyet/phien?id=" + id);
            other.navigate(suite.web.baseUrl() + "/duyet/phien?id=" + id);
            one.getByText("Duyệt", new Page.GetByTextOptions().setExact(true)).click();
            assertThat(one.locator("[data-status]")).hasAttribute("data-status", "APPROVED");
            other.getByLabel("Ý kiến, lý do trả lại").fill("Chưa đạt");
            other.getByText("Trả lại để bổ sung").click();
            assertThat(other.locator(".errors")).containsText("người khác");
            assertThat(other.locator("[data-status]")).hasAttribute("data-status", "APPROVED");
            suite.screenshot(other, "duyet-da-quyet-dinh");
        }
        assertEquals("APPROVED", sessionsOf("HT-DT.TOA-AN").get(0).path("status").asText());
    }

    @Test
    void severalReportsAreApprovedAtOnceWithAResultForEach() throws Exception {
        submitted("HT-DT.THUE");
        submitted("HT-DT.KHO-BAC");
        String decidedMeanwhile = submitted("HT-DT.BHXH");
        try (BrowserContext context = suite.phone()) {
            Page page = context.newPage();
            suite.signIn(page, "officer.ductho", "officer");
            page.navigate(suite.web.baseUrl() + "/duyet?unitKind=GRASSROOTS_CELL");
            for (String name : new String[]{"Chi bộ Chi cục Thuế", "Chi bộ Kho bạc Nhà nước",
                    "Chi bộ Bảo hiểm xã hội"}) {
                page.locator("tr", new Page.LocatorOptions().setHasText(name)).locator("input[type=checkbox]")
                        .check();
            }
            // another officer approves one of them while this page is open
            api("POST", "/api/v1/sessions/" + decidedMeanwhile + "/approve", "{}");
            page.getByText("Duyệt các báo cáo đã chọn").click();
            assertThat(page.locator(".notice")).containsText("Đã duyệt 2 báo cáo; 1 báo cáo không duyệt được");
            assertThat(page.locator("table.decided tbody tr.ok")).hasCount(2);
            assertThat(page.locator("table.decided tbody tr.refused")).hasCount(1);
            assertThat(page.locator("table.decided tr.refused")).containsText("Chi bộ Bảo hiểm");
            suite.screenshot(page, "duyet-nhieu");
        }
    }

    @Test
    void aReportWrittenWithoutAConnectionIsSentOnceWhenItReturns() throws Exception {
        try (BrowserContext context = suite.phone()) {
            Page page = context.newPage();
            suite.signIn(page, "officer.ductho", "officer");
            page.navigate(suite.web.baseUrl() + "/bao-cao-sinh-hoat/phien?campaign=" + CAMPAIGN
                    + "&unit=HT-DT.MTTQ");
            page.getByLabel("Ngày sinh hoạt").fill(LocalDate.now().minusDays(1).toString());
            page.getByLabel("Phải dự").fill("12");
            page.getByLabel("Có mặt").fill("11");
            context.setOffline(true);
            page.getByText("Lưu: đã tổ chức").click();
            assertThat(page.locator(".offline-notice")).containsText("Chưa có kết nối mạng");
            assertEquals(0, sessionsOf("HT-DT.MTTQ").size());
            context.setOffline(false);
            assertThat(page.locator(".notice")).hasText("Đã lưu báo cáo: đơn vị đã tổ chức sinh hoạt.", LIVE);
            assertEquals(1, sessionsOf("HT-DT.MTTQ").size());
            assertEquals(11, sessionsOf("HT-DT.MTTQ").get(0).path("attendance").path("present").asInt());
            assertEquals(0, ((Number) page.evaluate("Object.keys(localStorage).filter(k =>"
                    + " k.startsWith('tusoi.draft.')).length")).intValue());
        }
    }

    @Test
    void aCellSecretaryCannotOpenAnotherCellsForm() throws Exception {
        try (BrowserContext context = suite.phone()) {
            Page page = context.newPage();
            suite.signIn(page, "secretary.vks", "secretary");
            assertEquals(403, page.navigate(suite.web.baseUrl() + "/bao-cao-sinh-hoat/phien?campaign=" + CAMPAIGN
                    + "&unit=HT-DT.TTYT").status());
            assertThat(page.locator("h1")).hasText("Không được phép");
            // nor decide anything
            page.navigate(suite.web.baseUrl() + "/duyet");
            assertThat(page.locator("main")).containsText("Không có báo cáo nào đang chờ duyệt.");
        }
    }

    private static String submitted(String unit) throws Exception {
        JsonNode session = api("POST", "/api/v1/campaigns/" + CAMPAIGN + "/sessions", """
                {"unitCode":"%s","heldOn":"%s","kind":"ANNUAL_REVIEW","attendance":{"expected":8,"present":8}}"""
                .formatted(unit, LocalDate.now().minusDays(3)));
        api("POST", "/api/v1/sessions/" + session.path("id").asText() + "/submit", null);
        return session.path("id").asText();
    }

    private static JsonNode sessionsOf(String unit) throws Exception {
        return api("GET", "/api/v1/campaigns/" + CAMPAIGN + "/sessions?unitCode=" + unit, null).path("items");
    }

    private static JsonNode api(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(suite.session.baseUrl() + path))
                .header("Authorization", "Bearer " + suite.adminToken()).header("Content-Type", "application/json")
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(2, response.statusCode() / 100, method + " " + path + ": " + response.body());
        return JSON.readTree(response.body());
    }
}
