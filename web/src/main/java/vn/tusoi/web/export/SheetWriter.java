package vn.tusoi.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.tusoi.web.format.VietnameseFormat;

/**
 * Writes a {@link Sheet} as {@code .xlsx}, streaming (a window of rows in memory, the rest on disk), so that a
 * national list of units fits: two title rows (the table and unit; the moment of the figures), the headers, the rows.
 */
public final class SheetWriter {

    static final int WINDOW = 200;
    /** The header row's index (0-based), after the two title rows and a blank one. */
    public static final int HEADER_ROW = 3;

    private SheetWriter() {
    }

    public static void write(Sheet sheet, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            Styles styles = new Styles(workbook);
            SXSSFSheet target = workbook.createSheet(safeName(sheet.title()));
            target.trackAllColumnsForAutoSizing();
            cell(target.createRow(0), 0, sheet.title() + " – " + sheet.unitName(), styles.title);
            cell(target.createRow(1), 0, "Số liệu lúc " + VietnameseFormat.dateTime(sheet.asOf()), null);
            Row header = target.createRow(HEADER_ROW);
            List<String> headers = sheet.headers();
            for (int column = 0; column < headers.size(); column++) {
                cell(header, column, headers.get(column), styles.header);
            }
            int index = HEADER_ROW + 1;
            for (List<Object> values : sheet.rows()) {
                Row row = target.createRow(index++);
                for (int column = 0; column < values.size(); column++) {
                    Object value = values.get(column);
                    if (value instanceof Number number) {
                        row.createCell(column).setCellValue(number.doubleValue());
                        row.getCell(column).setCellStyle(number instanceof BigDecimal
                                ? styles.decimal
                                : styles.integer);
                    } else if (value instanceof LocalDate date) {
                        row.createCell(column).setCellValue(date);
                        row.getCell(column).setCellStyle(styles.date);
                    } else if (value != null) {
                        row.createCell(column).setCellValue(value.toString());
                    }
                }
            }
            target.createFreezePane(0, HEADER_ROW + 1);
            for (int column = 0; column < headers.size(); column++) {
                target.autoSizeColumn(column);
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        row.createCell(column).setCellValue(value);
        if (style != null) {
            row.getCell(column).setCellStyle(style);
        }
    }

    /** A sheet's name: at most 31 characters, none of those Excel refuses. */
    static String safeName(String title) {
        String name = title.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle date;

        Styles(SXSSFWorkbook workbook) {
            CreationHelper helper = workbook.getCreationHelper();
            Font bold = workbook.createFont();
            bold.setBold(true);
            title = workbook.createCellStyle();
            title.setFont(bold);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            integer = workbook.createCellStyle();
            integer.setDataFormat(helper.createDataFormat().getFormat("#,##0"));
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(helper.createDataFormat().getFormat("#,##0.0"));
            date = workbook.createCellStyle();
            date.setDataFormat(helper.createDataFormat().getFormat("dd/mm/yyyy"));
        }
    }
}
