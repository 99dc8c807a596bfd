package vn.tusoi.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;

import vn.tusoi.stack.MailServer;

/**
 * The dashboard in real Chromium, signed in through Keycloak's own login page, against the packaged suite with the
 * demo data. One test follows a leader's visit from sign-in to a live update; the others are each a role's scope.
 */
class DashboardIT {

    static final String CAMPAIGN = "87-KH%2FHU";
    static final List<String> LAGGARDS = List.of("Chi bộ Trường THPT Trần Phú", "Chi bộ Điện lực Đức Thọ",
            "Chi bộ Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện");

    static WebSuite suite;

    @BeforeAll
    static void startSuite() throws Exception {
        suite = WebSuite.shared();
    }

    @Test
    void aLeaderFollowsTheCampaignLiveAndTakesTheFiguresAway() throws Exception {
        try (BrowserContext context = suite.phone()) {
            Page page = context.newPage();
            Instant signedIn = suite.signIn(page, "officer.ductho", "officer");

            // landing: the newest open campaign issued at or above the user's unit (this year's review), at that unit
            assertTrue(page.url().contains("/tien-do?campaign=120-KH%2FHU&unit=HT-DT"), page.url());
            page.navigate(suite.web.baseUrl() + "/tien-do?campaign=" + CAMPAIGN + "&unit=HT-DT");
            assertThat(page.locator("h1")).hasText("Đảng bộ huyện Đức Thọ");
            assertThat(page.locator("[data-figure=held]")).hasText("32/35");
            assertThat(page.locator("html")).hasAttribute("lang", "vi");
            assertThat(page.locator(".as-of")).containsText(Pattern.compile(
                    "Cập nhật lúc \\d{2}:\\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}"));
            assertThat(page.locator("table.children tbody tr")).hasCount(35);
            // each subordinate unit's row counts the unit itself: held 1 of 1, or not yet 0 of 1
            assertThat(page.locator("table.children tr", new Page.LocatorOptions().setHasText(
                    "Đảng bộ xã Bùi La Nhân"))).containsText("1/1");
            assertThat(page.locator("table.children tr", new Page.LocatorOptions().setHasText(
                    "Chi bộ Điện lực Đức Thọ"))).containsText("0/1");
            assertThat(page.locator("[data-figure=subtree]")).hasText("32/35");
            // the members' decided grades, counted from their self-reviews up to the district
            assertThat(page.locator("[data-graded=members]")).isVisible();
            suite.screenshot(page, "tien-do");
            // what a phone shows first, for the README
            page.screenshot(new Page.ScreenshotOptions().setPath(suite.screenshots.resolve("tien-do-dien-thoai.png")));

            // one level down, and back up by the breadcrumb
            page.locator("table.children").getByText("Đảng bộ xã Bùi La Nhân").click();
            assertThat(page.locator("h1")).hasText("Đảng bộ xã Bùi La Nhân");
            assertTrue(page.url().contains("unit=HT-DT.BUI-LA-NHAN"), page.url());
            page.locator(".crumbs").getByText("Đảng bộ huyện Đức Thọ").click();
            assertThat(page.locator("h1")).hasText("Đảng bộ huyện Đức Thọ");

            // the laggards, and their sheet
            page.locator(".tabs").getByText("Chưa tổ chức").click();
            assertThat(page.locator("tbody tr")).hasCount(3);
            for (String laggard : LAGGARDS) {
                assertThat(page.locator("tbody")).containsText(laggard);
            }
            suite.screenshot(page, "chua-to-chuc");
            checkLaggardsSheet(page.waitForDownload(() -> page.getByText("Tải bảng (.xlsx)").click()));
            remindTheLaggards(page);

            // the campaign report as a party document
            page.locator(".tabs").getByText("Tiến độ").click();
            checkReport(page.waitForDownload(() -> page.getByText("Tải báo cáo (.docx)").click()));

            // a session recorded through the API appears without a reload
            page.evaluate("window.notReloaded = true");
            recordSession("HT-DT.DIEN-LUC");
            assertThat(page.locator("[data-figure=held]")).hasText("33/35",
                    new LocatorAssertions.HasTextOptions().setTimeout(5_000));
            assertEquals(true, page.evaluate("window.notReloaded"));

            // left open past the token's lifetime, the page keeps streaming (the sign-in refreshes the tokens)
            Duration untilExpired = Duration.between(Instant.now(), signedIn.plusSeconds(WebSuite.TOKEN_SECONDS + 5));
            if (!untilExpired.isNegative()) {
                Thread.sleep(untilExpired.toMillis());
            }
            recordSession("HT-DT.GDNN");
            assertThat(page.locator("[data-figure=held]")).hasText("34/35",
                    new LocatorAssertions.HasTextOptions().setTimeout(15_000));
            assertEquals(true, page.evaluate("window.notReloaded"));
            suite.screenshot(page, "tien-do-truc-tiep");
        }
    }

    /**
     * "Nhắc ngay": the three laggards are reminded, by e-mail to their addresses and in their inboxes; the cell that
     * held it (Viện Kiểm sát's) is not; a second reminder within the interval sends nothing.
     */
    private static void remindTheLaggards(Page page) {
        page.locator("#loiNhan").fill("Đề nghị các chi bộ tổ chức sinh hoạt và báo cáo trước ngày 10/12.");
        page.getByText("Nhắc ngay").click();
        assertThat(page.locator("p.notice")).containsText("Đã gửi nhắc 3 tổ chức đảng lúc");
        assertThat(page.locator("td.reminded")).hasCount(3);
        for (Locator reminded : page.locator("td.reminded").all()) {
            assertThat(reminded).containsText("đã nhắc");
        }
        suite.screenshot(page, "nhac-chua-to-chuc");
        // the units are told other things too (a grade decided last year): the reminders are those of its subject
        for (String address : List.of("thpt-tran-phu@ductho.example", "dien-luc@ductho.example",
                "gdnn@ductho.example")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> reminders(address).size() == 1);
            String text = reminders(address).get(0).decoded();
            assertTrue(text.contains(suite.web.baseUrl() + "/bao-cao-sinh-hoat?unit=HT-DT."),
                    "the e-mail links to the unit's report: " + text);
            assertTrue(text.contains("chưa tổ chức sinh hoạt theo Kế hoạch 87-KH/HU của Đảng bộ huyện Đức Thọ")
                    && text.contains("Lời nhắn: Đề nghị các chi bộ"), text);
        }
        assertEquals(0, reminders("vks@ductho.example").size(), "the cell that held it is not reminded");

        page.getByText("Nhắc ngay").click();
        assertThat(page.locator("p.notice")).containsText("Không gửi nhắc thêm tổ chức đảng nào. 3 tổ chức đảng vừa"
                + " được nhắc gần đây nên không nhắc lại.");

        // each laggard's inbox has the reminder, with the officer's message
        page.navigate(suite.web.baseUrl() + "/thong-bao?unit=HT-DT.GDNN");
        Locator reminder = page.locator(".notice-item").filter(new Locator.FilterOptions()
                .setHasText("Nhắc tổ chức sinh hoạt theo Kế hoạch 87-KH/HU"));
        assertThat(reminder).hasCount(1);
        assertThat(reminder).hasClass(Pattern.compile("unread"));
        assertThat(reminder).containsText("Lời nhắn: Đề nghị các chi bộ tổ chức sinh hoạt");
        suite.screenshot(page, "thong-bao");
        reminder.locator("h2 a").click();
        page.waitForURL(url -> url.contains("/bao-cao-sinh-hoat?unit=HT-DT.GDNN"));
        page.navigate(suite.web.baseUrl() + "/thong-bao?unit=HT-DT.GDNN");
        assertThat(page.locator(".notice-item.unread").filter(new Locator.FilterOptions()
                .setHasText("Nhắc tổ chức sinh hoạt theo Kế hoạch 87-KH/HU"))).hasCount(0);
        page.navigate(suite.web.baseUrl() + "/chua-to-chuc?campaign=" + CAMPAIGN + "&unit=HT-DT");
    }

    /** The reminders of 87-KH/HU delivered to the address. */
    private static List<MailServer.Message> reminders(String address) {
        return suite.mail.messagesTo(address).stream()
                .filter(message -> message.subject().equals("Nhắc tổ chức sinh hoạt theo Kế hoạch 87-KH/HU")).toList();
    }

    @Test
    void theOtherPagesShowTheDemoFigures() throws Exception {
        try (BrowserContext context = suite.phone()) {
            Page page = context.newPage();
            suite.signIn(page, "officer.ductho", "officer");
            page.navigate(suite.web.baseUrl() + "/chi-tieu?campaign=" + CAMPAIGN
                    + "&unit=HT-DT.BUI-LA-NHAN&period=2020-2025");
            assertThat(page.locator("[data-figure=met]")).hasText("21/33 đạt");
            suite.screenshot(page, "chi-tieu");
            page.navigate(suite.web.baseUrl() + "/chi-tieu?campaign=" + CAMPAIGN
                    + "&unit=HT-DT.BUI-LA-NHAN&period=2023");
            assertThat(page.locator("tbody")).containsText("140 %");
            assertThat(page.locator("tbody")).containsText("74 %");

            page.navigate(suite.web.baseUrl() + "/khac-phuc?campaign=" + CAMPAIGN + "&unit=HT-DT");
            assertThat(page.locator("article.shortcoming").first()).isVisible();
            assertThat(page.locator("main")).containsText("Công tác vệ sinh môi trường chưa đảm bảo.");
            page.getByLabel("Chỉ hạn chế có biện pháp quá hạn").check();
            page.getByText("Lọc", new Page.GetByTextOptions().setExact(true)).click();
            assertThat(page.locator("article.shortcoming:not(.overdue)")).hasCount(0);
            assertThat(page.locator("article.shortcoming.overdue").first()).isVisible();
            suite.screenshot(page, "khac-phuc");

            page.navigate(suite.web.baseUrl() + "/bieu-do?campaign=" + CAMPAIGN + "&unit=HT-DT");
            assertThat(page.locator("#chart svg")).isVisible();
            assertThat(page.locator("tbody tr").first()).containsText("/2023");
            suite.screenshot(page, "bieu-do");

            page.navigate(suite.web.baseUrl() + "/chien-dich");
            assertThat(page.locator("tbody")).containsText("52-KH/HU");
            page.getByText("số liệu khi kết thúc").click();
            assertThat(page.locator(".frozen")).containsText("Số liệu chốt khi kết thúc đợt");
            assertThat(page.locator("[data-figure=held]")).hasText(Pattern.compile("\\d+/35"));
            // the grades decided for the campaign's year, distributed, and by subordinate unit to take away
            assertThat(page.locator("#xep-loai")).hasText("Kết quả xếp loại năm 2022");
            assertThat(page.locator("[data-graded=units] [data-grade=EXCELLENT]")).hasText("1");
            checkGradesSheet(page.waitForDownload(() -> page.getByText("Tải bảng xếp loại").click()));
            suite.screenshot(page, "ket-thuc");

            // the third quarter's review grades its cells for 2026-Q3; the year-end queue shows who may not be
            // "xuất sắc" and why (demo data: a shortcoming of the quarter's review still open)
            page.navigate(suite.web.baseUrl() + "/tien-do?campaign=95-KH%2FHU&unit=HT-DT");
            assertThat(page.locator("#xep-loai")).hasText("Kết quả xếp loại quý III năm 2026");
            assertThat(page.locator("[data-graded=units] [data-grade=EXCELLENT]")).hasText("1");
            assertThat(page.locator("[data-graded=units] [data-grade=GOOD]")).hasText("1");
            page.navigate(suite.web.baseUrl() + "/xep-loai/don-vi?unit=HT-DT&ky=2026");
            assertThat(page.locator("h1")).hasText("Xếp loại tổ chức đảng trực thuộc năm 2026");
            assertThat(page.locator("tr[data-unit='HT-DT.THI-HANH-AN'] [data-conditions-hold]"))
                    .hasAttribute("data-conditions-hold", "false");
            assertThat(page.locator("tr[data-unit='HT-DT.TUNG-ANH']")).containsText("93");
            suite.screenshot(page, "xep-loai-don-vi-2026");

            page.navigate(suite.web.baseUrl() + "/chien-dich?q=bui la nhan");
            assertThat(page.locator(".results")).containsText("Đảng bộ xã Bùi La Nhân");
            suite.screenshot(page, "chien-dich");
        }
    }

    @Test
    void aProvincialViewerSeesTheProvinceAndBelow() throws Exception {
        try (BrowserContext context = suite.phone()) {
            Page page = context.newPage();
            suite.signIn(page, "viewer.hatinh", "viewer");
            // no open campaign is issued at or above the province: the campaigns page
            assertTrue(page.url().endsWith("/chien-dich"), page.url());
            page.locator("tbody").getByText("87-KH/HU").click();
            assertThat(page.locator("h1")).hasText("Đảng bộ huyện Đức Thọ");
            assertThat(page.locator("[data-figure=held]")).hasText(Pattern.compile("\\d+/35"));
        }
    }

    @Test
    void anAdministratorWhoseUnitIsNotInTheTreeLandsOnTheCampaigns() throws Exception {
        try (BrowserContext context = suite.phone()) {
            Page page = context.newPage();
            // admin's unit is VN, and the demo tree has no national root
            suite.signIn(page, "admin", "admin");
            assertTrue(page.url().endsWith("/chien-dich"), page.url());
            assertThat(page.locator("tbody")).containsText("87-KH/HU");
        }
    }

    @Test
    void aCellSecretarySeesItsCellAndIsRefusedTheDistrict() throws Exception {
        try (BrowserContext context = suite.phone()) {
            Page page = context.newPage();
            suite.signIn(page, "secretary.vks", "secretary");
            assertThat(page.locator("h1")).hasText("Chi bộ Viện Kiểm sát nhân dân huyện");
            Response refused = page.navigate(suite.web.baseUrl() + "/tien-do?campaign=" + CAMPAIGN + "&unit=HT-DT");
            assertEquals(403, refused.status());
            assertThat(page.locator("h1")).hasText("Không được phép");
            suite.screenshot(page, "khong-duoc-phep");
        }
    }

    @Test
    void aMemberSeesOnlyTheirCell() throws Exception {
        try (BrowserContext context = suite.phone()) {
            Page page = context.newPage();
            suite.signIn(page, "member.vks", "member");
            assertThat(page.locator("h1")).hasText("Chi bộ Viện Kiểm sát nhân dân huyện");
            assertEquals(403, page.navigate(suite.web.baseUrl() + "/tien-do?campaign=" + CAMPAIGN
                    + "&unit=HT-DT.TOA-AN").status());
            // a link to the sign-out address only asks (no other site signs a user out); the button signs out,
            // and ends the Keycloak session too: the next page asks for the password again
            page.navigate(suite.web.baseUrl() + "/dang-xuat");
            assertThat(page.locator("h1")).hasText("Đăng xuất");
            page.navigate(suite.web.baseUrl() + "/");
            assertThat(page.locator("h1")).hasText("Chi bộ Viện Kiểm sát nhân dân huyện");
            page.locator("header .sign-out button").click();
            assertThat(page.locator("h1")).hasText("Bạn đã đăng xuất");
            page.navigate(suite.web.baseUrl() + "/");
            assertThat(page.locator("#kc-login")).isVisible();
        }
    }

    /**
     * A session ended at Keycloak (an administrator signs the user out everywhere) ends each of that user's web
     * sessions: here two, a phone's and a desktop's, so each logout token must find its own session (by its
     * session id; by the subject, the second token would replace the first and match neither).
     */
    @Test
    void aSignOutAtKeycloakEndsEachOfTheUsersWebSessions() throws Exception {
        try (BrowserContext phone = suite.phone(); BrowserContext desktop = suite.phone()) {
            Page onPhone = phone.newPage();
            Page onDesktop = desktop.newPage();
            suite.signIn(onPhone, "viewer.hatinh", "viewer");
            suite.signIn(onDesktop, "viewer.hatinh", "viewer");
            for (Page page : List.of(onPhone, onDesktop)) {
                page.navigate(suite.web.baseUrl() + "/");
                assertThat(page.locator("header .sign-out button")).isVisible();
            }
            suite.keycloak.signOutEverywhere("viewer.hatinh");
            for (Page page : List.of(onPhone, onDesktop)) {
                assertThat(pageAfterLogoutTokens(page).locator("#kc-login")).isVisible();
            }
        }
    }

    /**
     * The next page of a session Keycloak has ended: its logout token is posted on the back channel, which may
     * reach the web just after the administrator's call returns, so this asks for a page until the sign-in page
     * answers or 10 s have passed (the session's own tokens live 30 minutes, so nothing else ends it meanwhile).
     */
    private Page pageAfterLogoutTokens(Page page) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        page.navigate(suite.web.baseUrl() + "/");
        while (page.locator("#kc-login").count() == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(300);
            page.navigate(suite.web.baseUrl() + "/");
        }
        return page;
    }

    /**
     * Every page, as each role opens it on a phone, has no serious or critical accessibility violation (axe-core):
     * the ones a keyboard, a screen reader or low vision would meet.
     */
    @Test
    void everyPageIsAccessibleAsEachRoleOnAPhone() throws Exception {
        String unit = "&unit=HT-DT";
        Map<String, List<String>> pagesOf = new java.util.LinkedHashMap<>();
        pagesOf.put("officer.ductho/officer", List.of("/", "/tien-do?campaign=" + CAMPAIGN + unit,
                "/chua-to-chuc?campaign=" + CAMPAIGN + unit, "/bieu-do?campaign=" + CAMPAIGN + unit,
                "/khac-phuc?campaign=" + CAMPAIGN + unit, "/chi-tieu?campaign=" + CAMPAIGN + unit, "/chien-dich",
                "/bao-cao-sinh-hoat", "/duyet", "/theo-doi-khac-phuc", "/xep-loai", "/xep-loai/don-vi?unit=HT-DT",
                "/tu-kiem-diem", "/dang-xuat"));
        pagesOf.put("secretary.vks/secretary", List.of("/", "/bao-cao-sinh-hoat", "/theo-doi-khac-phuc",
                "/xep-loai", "/tu-kiem-diem/chi-bo?campaign=" + CAMPAIGN + "&unit=HT-DT.VKS"));
        pagesOf.put("member.vks/member", List.of("/", "/tu-kiem-diem"));
        pagesOf.put("viewer.hatinh/viewer", List.of("/", "/tien-do?campaign=" + CAMPAIGN + unit));
        pagesOf.put("admin/admin", List.of("/danh-muc-kiem-diem", "/danh-muc-kiem-diem/NQ04-27"));
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, List<String>> role : pagesOf.entrySet()) {
            String[] user = role.getKey().split("/");
            try (BrowserContext context = suite.phone()) {
                Page page = context.newPage();
                suite.signIn(page, user[0], user[1]);
                for (String path : role.getValue()) {
                    page.navigate(suite.web.baseUrl() + path);
                    page.waitForLoadState();
                    Accessibility.violations(page).forEach(v -> violations.add(user[0] + " " + path + ": " + v));
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void everyPagePassesItsContentSecurityPolicy() throws Exception {
        try (BrowserContext context = suite.phone()) {
            Page page = context.newPage();
            List<String> violations = new ArrayList<>();
            page.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy")) {
                    violations.add(page.url() + ": " + message.text());
                }
            });
            suite.signIn(page, "officer.ductho", "officer");
            Response first = page.navigate(suite.web.baseUrl() + "/tien-do?campaign=" + CAMPAIGN + "&unit=HT-DT");
            assertTrue(first.headerValue("content-security-policy").contains("script-src 'self'"));
            assertEquals("DENY", first.headerValue("x-frame-options"));
            assertEquals("same-origin", first.headerValue("referrer-policy"));
            assertThat(page.locator("[data-figure=open]")).isVisible();
            for (String path : List.of("/chua-to-chuc?campaign=" + CAMPAIGN + "&unit=HT-DT",
                    "/bieu-do?campaign=" + CAMPAIGN + "&unit=HT-DT", "/khac-phuc?campaign=" + CAMPAIGN + "&unit=HT-DT",
                    "/chi-tieu?campaign=" + CAMPAIGN + "&unit=HT-DT", "/chien-dich", "/bao-cao-sinh-hoat",
                    "/duyet", "/theo-doi-khac-phuc", "/xep-loai", "/dang-xuat")) {
                page.navigate(suite.web.baseUrl() + path);
                page.waitForLoadState();
            }
            assertEquals(List.of(), violations);
        }
    }

    private static void recordSession(String unitCode) throws IOException, InterruptedException {
        String body = "{\"unitCode\":\"" + unitCode + "\",\"heldOn\":\"2023-09-05\",\"kind\":\"THEMATIC\","
                + "\"attendance\":{\"expected\":9,\"present\":9}}";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                suite.session.baseUrl() + "/api/v1/campaigns/" + CAMPAIGN + "/sessions"))
                .header("Authorization", "Bearer " + suite.adminToken()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
    }

    private static void checkLaggardsSheet(Download download) throws IOException {
        assertTrue(download.suggestedFilename().endsWith(".xlsx"), download.suggestedFilename());
        try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("Đơn vị chưa tổ chức sinh hoạt – Đảng bộ huyện Đức Thọ",
                    sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().matches(
                    "Số liệu lúc \\d{2}:\\d{2}:\\d{2} \\d{2}/\\d{2}/\\d{4}"));
            Row header = sheet.getRow(3);
            assertEquals("Tên đơn vị", header.getCell(1).getStringCellValue());
            assertEquals("Số ngày quá hạn", header.getCell(4).getStringCellValue());
            List<String> names = List.of(sheet.getRow(4), sheet.getRow(5), sheet.getRow(6)).stream()
                    .map(row -> row.getCell(1).getStringCellValue()).collect(Collectors.toList());
            assertTrue(names.containsAll(LAGGARDS), names.toString());
            assertEquals(null, sheet.getRow(7));
            assertEquals(CellType.NUMERIC, sheet.getRow(4).getCell(4).getCellType());
            assertTrue(sheet.getRow(4).getCell(4).getNumericCellValue() > 1000, "days past 31/08/2023");
        }
    }

    private static void checkGradesSheet(Download download) throws IOException {
        assertTrue(download.suggestedFilename().endsWith(".xlsx"), download.suggestedFilename());
        try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("Xếp loại tổ chức đảng năm 2022 – Đảng bộ huyện Đức Thọ",
                    sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Tổ chức đảng: Hoàn thành xuất sắc nhiệm vụ", sheet.getRow(3).getCell(2).getStringCellValue());
            assertEquals("Đảng viên: Hoàn thành xuất sắc nhiệm vụ", sheet.getRow(3).getCell(3).getStringCellValue());
            Row whole = sheet.getRow(sheet.getLastRowNum());
            assertEquals("Toàn Đảng bộ huyện Đức Thọ", whole.getCell(1).getStringCellValue());
            assertEquals(1, (int) whole.getCell(2).getNumericCellValue());
        }
    }

    private static void checkReport(Download download) throws IOException {
        assertTrue(download.suggestedFilename().endsWith(".docx"), download.suggestedFilename());
        try (InputStream in = Files.newInputStream(download.path()); XWPFDocument document = new XWPFDocument(in)) {
            String heading = document.getTables().get(0).getText();
            // the province above is not in a district officer's scope: the heading names the district alone
            assertTrue(heading.contains("Số:"), heading);
            assertTrue(heading.contains("ĐẢNG BỘ HUYỆN ĐỨC THỌ"), heading);
            assertTrue(heading.contains("ĐẢNG CỘNG SẢN VIỆT NAM"), heading);
            assertTrue(Pattern.compile("Đức Thọ, ngày \\d{2} tháng \\d{2} năm \\d{4}").matcher(heading).find(),
                    heading);
            String text = document.getParagraphs().stream().map(XWPFParagraph::getText)
                    .collect(Collectors.joining("\n"));
            assertTrue(text.contains("BÁO CÁO"), text);
            assertTrue(text.contains("Đã tổ chức: 32/35 tổ chức đảng trực thuộc (91,4 %)"), text);
            assertTrue(text.contains("3 tổ chức đảng chưa tổ chức sinh hoạt"), text);
            assertTrue(text.contains("Chỉ tiêu đạt và vượt"), text);
            assertTrue(text.contains("V. XẾP LOẠI TỔ CHỨC ĐẢNG NĂM 2023"), text);
            assertEquals("Times New Roman", document.getParagraphs().get(1).getRuns().get(0).getFontFamily());
        }
    }
}
