package vn.tusoi.web.laggards;

import vn.tusoi.web.api.Reminders;
import vn.tusoi.web.format.VietnameseFormat;

/** What a reminder did, in a sentence for the laggards page. */
final class ReminderWords {

    private ReminderWords() {
    }

    static String of(Reminders.Outcome outcome) {
        StringBuilder words = new StringBuilder();
        if (outcome.sent() > 0) {
            words.append("Đã gửi nhắc ").append(VietnameseFormat.number(outcome.sent()))
                    .append(" tổ chức đảng lúc ").append(VietnameseFormat.dateTime(outcome.remindedAt())).append('.');
        } else {
            words.append("Không gửi nhắc thêm tổ chức đảng nào.");
        }
        if (!outcome.alreadyReminded().isEmpty()) {
            words.append(' ').append(VietnameseFormat.number(outcome.alreadyReminded().size()))
                    .append(" tổ chức đảng vừa được nhắc gần đây nên không nhắc lại.");
        }
        if (!outcome.notLaggards().isEmpty()) {
            words.append(' ').append(VietnameseFormat.number(outcome.notLaggards().size()))
                    .append(" tổ chức đảng đã tổ chức sinh hoạt nên không cần nhắc.");
        }
        return words.toString();
    }
}
