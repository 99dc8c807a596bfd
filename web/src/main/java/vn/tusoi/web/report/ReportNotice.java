package vn.tusoi.web.report;

import java.util.Arrays;

/** What the report's page says after a write, named in its address ({@code &da=gui}) so that a reload keeps it. */
enum ReportNotice {
    DRAFT("nhap", "Đã lưu nháp."), HELD("luu", "Đã lưu báo cáo: đơn vị đã tổ chức sinh hoạt."), SUBMITTED("gui",
            "Đã gửi báo cáo lên cấp ủy cấp trên."), SHORTCOMING("han-che",
                    "Đã lưu hạn chế, khuyết điểm."), CARRIED_OVER("chuyen-ky",
                            "Đã chuyển hạn chế của kỳ trước vào kỳ này."), TARGETS("chi-tieu", "Đã lưu chỉ tiêu.");

    final String code;
    final String text;

    ReportNotice(String code, String text) {
        this.code = code;
        this.text = text;
    }

    /** The notice's text for the code in an address; empty for none or one this page does not know. */
    static String textOf(String code) {
        return Arrays.stream(values()).filter(notice -> notice.code.equals(code)).map(notice -> notice.text)
                .findFirst().orElse("");
    }
}
