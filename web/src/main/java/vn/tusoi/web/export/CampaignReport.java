package vn.tusoi.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.Laggard;
import vn.tusoi.web.api.Progress;
import vn.tusoi.web.format.Labels;
import vn.tusoi.web.format.VietnameseFormat;
import vn.tusoi.web.forms.Choices;

/**
 * A campaign's report at a unit as a {@code .docx} in the layout of party documents (A4, Times New Roman): at the top
 * left the superior party organisation, the reporting committee and the document number; at the top right "ĐẢNG CỘNG
 * SẢN VIỆT NAM" and the place and date; a title; then the figures in sections and tables.
 */
public final class CampaignReport {

    static final String FONT = "Times New Roman";
    static final int BODY_SIZE = 14;
    /** A4 in twentieths of a point, and the margins party documents use (2 cm; 3 cm on the binding side). */
    static final long A4_WIDTH = 11906;
    static final long A4_HEIGHT = 16838;

    /** What the report says; {@code superiorName} null at a root, {@code gradePeriod} "năm 2026", "quý III năm 2026". */
    public record Figures(Campaign campaign, Progress progress, String superiorName, List<Laggard> laggards,
            long laggardsTotal, LocalDate date, String gradePeriod) {
    }

    private CampaignReport() {
    }

    public static void write(Figures figures, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            pageSetup(document);
            heading(document, figures);
            title(document, figures);
            sections(document, figures);
            document.write(out);
        }
    }

    private static void pageSetup(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(1134));
    }

    /** The two-column heading, as a table without borders. */
    private static void heading(XWPFDocument document, Figures figures) {
        XWPFTable table = document.createTable(1, 2);
        table.removeBorders();
        table.setWidth("100%");
        table.setTableAlignment(TableRowAlign.CENTER);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        String unitName = figures.progress().unitName();
        if (figures.superiorName() != null) {
            text(paragraph(left, ParagraphAlignment.CENTER), upper(figures.superiorName()), false, false, 13);
        }
        text(paragraph(left, ParagraphAlignment.CENTER), upper(unitName), true, false, 13);
        text(paragraph(left, ParagraphAlignment.CENTER), "*", false, false, 13);
        text(paragraph(left, ParagraphAlignment.CENTER), "Số:      -BC/" + figures.progress().unitCode(), false,
                false, 13);
        XWPFRun party = text(paragraph(right, ParagraphAlignment.CENTER), "ĐẢNG CỘNG SẢN VIỆT NAM", true, false, 14);
        party.setUnderline(UnderlinePatterns.SINGLE);
        text(paragraph(right, ParagraphAlignment.CENTER), placeOf(unitName) + ", "
                + VietnameseFormat.longDate(figures.date()), false, true, 14);
        // the cells' first, empty paragraphs
        left.removeParagraph(0);
        right.removeParagraph(0);
    }

    private static void title(XWPFDocument document, Figures figures) {
        XWPFParagraph blank = document.createParagraph();
        blank.setSpacingAfter(0);
        text(centered(document), "BÁO CÁO", true, false, 15);
        text(centered(document), "Kết quả " + lowerFirst(figures.campaign().title()), true, false, BODY_SIZE);
        if (figures.campaign().planReference() != null) {
            text(centered(document), "(Thực hiện " + lowerFirst(figures.campaign().planReference()) + ")", false,
                    true, BODY_SIZE);
        }
        text(centered(document), "Số liệu lúc " + VietnameseFormat.dateTime(figures.progress().asOf()), false,
                true, 13);
    }

    private static void sections(XWPFDocument document, Figures figures) {
        Progress progress = figures.progress();
        section(document, "I. TIẾN ĐỘ TỔ CHỨC SINH HOẠT");
        body(document, "Đã tổ chức: " + VietnameseFormat.number(progress.direct().held()) + "/"
                + VietnameseFormat.number(progress.direct().expected()) + " tổ chức đảng trực thuộc ("
                + VietnameseFormat.share(progress.direct().held(), progress.direct().expected()) + "); hạn chót "
                + VietnameseFormat.date(figures.campaign().deadline()) + ".");
        XWPFTable byKind = table(document, "Loại tổ chức đảng", "Đã tổ chức", "Phải tổ chức", "Tỷ lệ");
        progress.byKind().forEach((kind, count) -> row(byKind, Labels.of(kind),
                VietnameseFormat.number(count.held()), VietnameseFormat.number(count.expected()),
                VietnameseFormat.share(count.held(), count.expected())));
        body(document, "Đúng hạn: " + VietnameseFormat.number(progress.onTime()) + "; trễ hạn: "
                + VietnameseFormat.number(progress.late()) + ". Đảng viên đã tự kiểm điểm: "
                + VietnameseFormat.number(progress.members().reviewed()) + "/"
                + VietnameseFormat.number(progress.members().total()) + ". Tỷ lệ đảng viên dự sinh hoạt: "
                + VietnameseFormat.percent(progress.attendance().rate()) + ".");

        section(document, "II. TỔ CHỨC ĐẢNG CHƯA TỔ CHỨC SINH HOẠT");
        if (figures.laggards().isEmpty()) {
            body(document, "Không còn tổ chức đảng nào chưa tổ chức sinh hoạt.");
        } else {
            body(document, VietnameseFormat.number(figures.laggardsTotal()) + " tổ chức đảng chưa tổ chức sinh hoạt:");
            XWPFTable laggards = table(document, "Tổ chức đảng", "Loại", "Số ngày quá hạn");
            figures.laggards().forEach(laggard -> row(laggards, laggard.name(), Labels.of(laggard.kind()),
                    VietnameseFormat.number(laggard.daysPastDeadline())));
        }

        section(document, "III. HẠN CHẾ, KHUYẾT ĐIỂM VÀ VIỆC KHẮC PHỤC");
        Progress.Shortcomings shortcomings = progress.shortcomings();
        body(document, "Hạn chế đã nêu: " + VietnameseFormat.number(shortcomings.raised()) + "; còn mở: "
                + VietnameseFormat.number(shortcomings.open()) + " (quá hạn khắc phục: "
                + VietnameseFormat.number(shortcomings.overdue()) + "); đã khắc phục: "
                + VietnameseFormat.number(shortcomings.resolved()) + "; chuyển kỳ sau: "
                + VietnameseFormat.number(shortcomings.carriedOver()) + "; tái diễn (cùng lĩnh vực với hạn chế của"
                + " đơn vị ở lần kiểm điểm trước): " + VietnameseFormat.number(shortcomings.recurring()) + ".");
        Map<String, Long> byArea = shortcomings.byArea() == null ? Map.of() : shortcomings.byArea();
        Map<String, Long> recurring = shortcomings.recurringByArea() == null
                ? Map.of()
                : shortcomings.recurringByArea();
        if (!byArea.isEmpty()) {
            XWPFTable areas = table(document, "Lĩnh vực", "Số hạn chế", "Trong đó tái diễn");
            byArea.forEach((area, count) -> row(areas, Labels.of(area), VietnameseFormat.number(count),
                    VietnameseFormat.number(recurring.getOrDefault(area, 0L))));
        }

        section(document, "IV. KẾT QUẢ THỰC HIỆN CHỈ TIÊU");
        body(document, "Chỉ tiêu đạt và vượt: " + VietnameseFormat.number(progress.indicators().met()) + "/"
                + VietnameseFormat.number(progress.indicators().total()) + " ("
                + VietnameseFormat.share(progress.indicators().met(), progress.indicators().total()) + ").");

        section(document, "V. XẾP LOẠI TỔ CHỨC ĐẢNG " + figures.gradePeriod().toUpperCase(VI));
        Map<String, Long> grades = progress.grades() == null ? Map.of() : progress.grades();
        long graded = grades.values().stream().mapToLong(Long::longValue).sum();
        if (graded == 0) {
            body(document, "Chưa có tổ chức đảng nào trong phạm vi đợt được quyết định xếp loại.");
        } else {
            body(document, VietnameseFormat.number(graded) + " tổ chức đảng đã có quyết định xếp loại:");
            XWPFTable byGrade = table(document, "Mức xếp loại", "Số tổ chức đảng", "Tỷ lệ");
            for (String grade : Choices.grades) {
                long count = grades.getOrDefault(grade, 0L);
                row(byGrade, Labels.of(grade), VietnameseFormat.number(count),
                        VietnameseFormat.share(count, graded));
            }
        }
    }

    private static void section(XWPFDocument document, String heading) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingBefore(240);
        text(paragraph, heading, true, false, BODY_SIZE);
    }

    private static void body(XWPFDocument document, String content) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(567);
        text(paragraph, content, false, false, BODY_SIZE);
    }

    private static XWPFTable table(XWPFDocument document, String... headers) {
        XWPFTable table = document.createTable(1, headers.length);
        table.setWidth("100%");
        for (int column = 0; column < headers.length; column++) {
            XWPFTableCell cell = table.getRow(0).getCell(column);
            text(cell.getParagraphs().get(0), headers[column], true, false, 13);
        }
        return table;
    }

    private static void row(XWPFTable table, String... cells) {
        var row = table.createRow();
        for (int column = 0; column < cells.length; column++) {
            text(row.getCell(column).getParagraphs().get(0), cells[column], false, false, 13);
        }
    }

    private static XWPFParagraph paragraph(XWPFTableCell cell, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = cell.addParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(0);
        return paragraph;
    }

    private static XWPFParagraph centered(XWPFDocument document) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        return paragraph;
    }

    private static XWPFRun text(XWPFParagraph paragraph, String content, boolean bold, boolean italic, int size) {
        XWPFRun run = paragraph.createRun();
        run.setText(content);
        run.setBold(bold);
        run.setItalic(italic);
        run.setFontFamily(FONT);
        run.setFontSize(size);
        return run;
    }

    private static final Locale VI = VietnameseFormat.LOCALE;

    private static String upper(String name) {
        return name.toUpperCase(VI);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(VI) + text.substring(1);
    }

    /**
     * The place in the date line: the unit's name without the kind of organisation and the level of government that
     * lead it ("Đảng bộ huyện Đức Thọ" → "Đức Thọ"); the whole name when it does not start so.
     */
    static String placeOf(String unitName) {
        String place = unitName.replaceFirst("^(Đảng bộ|Chi bộ)\\s+", "");
        String stripped = place.replaceFirst("^(tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu)\\s+",
                "");
        return stripped.isBlank() ? unitName : stripped;
    }
}
