package vn.tusoi.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.Laggard;
import vn.tusoi.web.api.Progress;

class ReportsTest {

    static final OffsetDateTime AS_OF = OffsetDateTime.of(2023, 9, 1, 1, 2, 3, 0, ZoneOffset.UTC);

    @Test
    void aSheetKeepsNumbersAsNumbersAndDatesAsDatesUnderItsTitleRows() throws IOException {
        Sheet sheet = new Sheet("Tiến độ theo ngày", "Đảng bộ huyện Đức Thọ", AS_OF, "Ngày", "Lũy kế", "Tỷ lệ (%)",
                "Ghi chú");
        sheet.row(LocalDate.of(2023, 7, 10), 12_345L, new BigDecimal("140.5"), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetWriter.write(sheet, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet read = workbook.getSheetAt(0);
            assertEquals("Tiến độ theo ngày – Đảng bộ huyện Đức Thọ", read.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Số liệu lúc 08:02:03 01/09/2023", read.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Lũy kế", read.getRow(SheetWriter.HEADER_ROW).getCell(1).getStringCellValue());
            var row = read.getRow(SheetWriter.HEADER_ROW + 1);
            assertTrue(DateUtil.isCellDateFormatted(row.getCell(0)));
            assertEquals(LocalDate.of(2023, 7, 10), row.getCell(0).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(CellType.NUMERIC, row.getCell(1).getCellType());
            assertEquals(12_345, row.getCell(1).getNumericCellValue());
            assertEquals(140.5, row.getCell(2).getNumericCellValue());
            assertEquals(null, row.getCell(3));
        }
    }

    @Test
    void aRowMustFillItsColumns() {
        Sheet sheet = new Sheet("T", "U", AS_OF, "a", "b");
        assertThrows(IllegalArgumentException.class, () -> sheet.row("only one"));
    }

    @Test
    void sheetNamesAreWhatSpreadsheetsAccept() {
        assertEquals("Chỉ tiêu 2020-2025", SheetWriter.safeName("Chỉ tiêu 2020-2025"));
        assertEquals("a b", SheetWriter.safeName("a/b"));
        assertEquals(31, SheetWriter.safeName("Đơn vị chưa tổ chức sinh hoạt chuyên đề năm 2023").length());
    }

    @Test
    void theReportHasThePartyDocumentsHeadingAndTheFigures() throws IOException {
        Campaign campaign = new Campaign("87-KH/HU", "Sinh hoạt chuyên đề “Tự soi, tự sửa” năm 2023", "Tự soi, tự sửa",
                "HT-DT", List.of("GRASSROOTS_CELL"), LocalDate.of(2023, 6, 30), LocalDate.of(2023, 8, 31),
                "Kế hoạch số 87-KH/HU", "NQ04-27", null, "OPEN");
        Progress progress = new Progress("87-KH/HU", "HT-DT", "Đảng bộ huyện Đức Thọ", new Progress.Count(32, 35),
                Map.of("GRASSROOTS_CELL", new Progress.Count(12, 15)), 30, 2, new Progress.Members(6, 27, Map.of()),
                new Progress.Shortcomings(7, 6, 3, 1, 0, Map.of("ECONOMY", 2L), 1, Map.of("ECONOMY", 1L)),
                new Progress.Attendance(1528, 1574, 97.1), new Progress.Indicators(21, 33),
                Map.of("EXCELLENT", 3L, "GOOD", 24L, "COMPLETED", 5L), AS_OF, null);
        CampaignReport.Figures figures = new CampaignReport.Figures(campaign, progress, "Đảng bộ tỉnh Hà Tĩnh",
                List.of(new Laggard("HT-DT.GDNN", "Chi bộ Trung tâm GDNN", "GRASSROOTS_CELL", "HT-DT", 1188, null)), 1,
                LocalDate.of(2026, 12, 1), "năm 2023");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CampaignReport.write(figures, out);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            String heading = document.getTables().get(0).getText();
            assertTrue(heading.contains("ĐẢNG BỘ TỈNH HÀ TĨNH"), heading);
            assertTrue(heading.contains("ĐẢNG BỘ HUYỆN ĐỨC THỌ"), heading);
            assertTrue(heading.contains("ĐẢNG CỘNG SẢN VIỆT NAM"), heading);
            assertTrue(heading.contains("Đức Thọ, ngày 01 tháng 12 năm 2026"), heading);
            String text = document.getParagraphs().stream().map(XWPFParagraph::getText)
                    .collect(Collectors.joining("\n"));
            assertTrue(text.contains("Đã tổ chức: 32/35 tổ chức đảng trực thuộc (91,4 %)"), text);
            assertTrue(text.contains("Đúng hạn: 30; trễ hạn: 2."), text);
            assertTrue(text.contains("Chỉ tiêu đạt và vượt: 21/33 (63,6 %)."), text);
            assertTrue(document.getTables().get(1).getText().contains("Chi bộ cơ sở"));
            assertTrue(document.getTables().get(2).getText().contains("1.188"));
            // the shortcomings that came back, by area beside all of the area's
            assertTrue(text.contains("tái diễn (cùng lĩnh vực với hạn chế của đơn vị ở lần kiểm điểm trước): 1."),
                    text);
            assertTrue(document.getTables().get(3).getText().contains("Trong đó tái diễn"));
            // the grades of the year: 32 decided, each grade's count and share
            assertTrue(text.contains("V. XẾP LOẠI TỔ CHỨC ĐẢNG NĂM 2023"), text);
            assertTrue(text.contains("32 tổ chức đảng đã có quyết định xếp loại:"), text);
            String grades = document.getTables().get(4).getText();
            assertTrue(grades.contains("Hoàn thành tốt nhiệm vụ") && grades.contains("75 %"), grades);
            assertEquals(BigInteger.valueOf(11906), document.getDocument().getBody().getSectPr().getPgSz().getW());
        }
    }

    @Test
    void thePlaceIsTheUnitsNameWithoutItsKindAndLevel() {
        assertEquals("Đức Thọ", CampaignReport.placeOf("Đảng bộ huyện Đức Thọ"));
        assertEquals("Bùi La Nhân", CampaignReport.placeOf("Đảng bộ xã Bùi La Nhân"));
        assertEquals("Hà Tĩnh", CampaignReport.placeOf("Đảng bộ tỉnh Hà Tĩnh"));
        assertEquals("Viện Kiểm sát nhân dân huyện", CampaignReport.placeOf("Chi bộ Viện Kiểm sát nhân dân huyện"));
    }
}
