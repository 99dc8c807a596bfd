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
     * What follows the unit's name in a reminder: "(Chi bộ X) chưa tổ chức sinh hoạt theo Kế hoạch 87-KH/HU của Đảng
     * bộ huyện Đức Thọ; hạn chót 31/12/2026 (quá hạn 5 ngày)." and who sent it with their message, if anyone did.
     */
    static String reminderAfterName(String campaignCode, String issuerName, LocalDate deadline, LocalDate today,
            String senderName, String message) {
        StringBuilder body = new StringBuilder().append(" chưa tổ chức sinh hoạt theo Kế hoạch ").append(campaignCode);
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
            return "còn " + number(days) + " ngày";
        }
        return days == 0 ? "hạn chót là hôm nay" : "quá hạn " + number(-days) + " ngày";
    }

    /** A count as Vietnamese write it: 1.191. */
    static String number(long value) {
        return String.format(java.util.Locale.ROOT, "%,d", value).replace(',', '.');
    }

    /** The unit's report of its session (a path of the web front end, followed by the unit's code). */
    static final String REPORT_LINK = "/bao-cao-sinh-hoat?unit=";

    static String digestTitle(String campaignCode) {
        return "Các đơn vị trực thuộc chưa tổ chức sinh hoạt theo Kế hoạch " + campaignCode;
    }

    /**
     * What follows the superior's name in its digest, before the count: "(Đảng bộ huyện Đức Thọ: 3) đơn vị trực
     * thuộc chưa tổ chức sinh hoạt theo Kế hoạch 87-KH/HU, quá hạn 5 ngày:".
     */
    static String digestAfterCount(String campaignCode, LocalDate deadline, LocalDate today) {
        return " đơn vị trực thuộc chưa tổ chức sinh hoạt theo Kế hoạch " + campaignCode + ", " + dueWords(deadline,
                today) + ":";
    }

    /** The superior's laggards page for the campaign, followed by the unit's code. */
    static String laggardsLink(String campaignCode) {
        return "/chua-to-chuc?campaign=" + URLEncoder.encode(campaignCode, StandardCharsets.UTF_8) + "&unit=";
    }
}
