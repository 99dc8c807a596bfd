package vn.tusoi.aggregation.notice;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The Vietnamese words of the notices. A notice names only its own unit, the campaign and the committee that issued
 * or sent it: never another unit's figures, never a self-review's content.
 */
final class NoticeTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private NoticeTexts() {
    }

    static String reminderTitle(String campaignCode) {
        return "Nhắc tổ chức sinh hoạt theo Kế hoạch " + campaignCode;
    }

    /**
     * "Chi bộ X chưa tổ chức sinh hoạt theo Kế hoạch 87-KH/HU của Đảng bộ huyện Đức Thọ; hạn chót 31/12/2026
     * (quá hạn 5 ngày)." and the sender's message, if any.
     */
    static String reminderBody(String unitName, String campaignCode, String issuerName, LocalDate deadline,
            LocalDate today, String senderName, String message) {
        StringBuilder body = new StringBuilder().append(unitName).append(" chưa tổ chức sinh hoạt theo Kế hoạch ")
                .append(campaignCode);
        if (issuerName != null) {
            body.append(" của ").append(issuerName);
        }
        body.append("; hạn chót ").append(deadline.format(DAY)).append(" (").append(dueWords(deadline, today))
                .append(").");
        if (senderName != null) {
            body.append("\nNhắc từ: ").append(senderName).append('.');
        }
        if (message != null && !message.isBlank()) {
            body.append("\nLời nhắn: ").append(message.strip());
        }
        return body.toString();
    }

    static String dueWords(LocalDate deadline, LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, deadline);
        if (days > 0) {
            return "còn " + days + " ngày";
        }
        return days == 0 ? "hạn chót là hôm nay" : "quá hạn " + -days + " ngày";
    }

    /** The unit's report of its session for the campaign. */
    static String reportLink(String unitCode) {
        return "/bao-cao-sinh-hoat?unit=" + URLEncoder.encode(unitCode, StandardCharsets.UTF_8);
    }
}
