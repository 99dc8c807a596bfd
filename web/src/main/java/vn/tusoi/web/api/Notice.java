package vn.tusoi.web.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A notice in a unit's inbox, with where its e-mails got. */
public record Notice(UUID id, String kind, String unitCode, String campaignCode, String title, String body,
        String link, String sentBy, OffsetDateTime createdAt, OffsetDateTime readAt, List<Mail> mails) {

    /** One e-mail of the notice. */
    public record Mail(String address, String status, int attempts, OffsetDateTime sentAt) {

        /** Its status in words. */
        public String words() {
            return switch (status) {
                case "SENT" -> "đã gửi";
                case "PENDING", "SENDING" -> "đang chờ gửi";
                case "FAILED" -> "không gửi được";
                case "UNCONFIRMED" -> "chưa xác nhận đã gửi";
                case "CANCELLED" -> "không cần gửi";
                default -> status;
            };
        }
    }

    /** The body's lines, each a paragraph of the page. */
    public List<String> lines() {
        return List.of(body.split("\n"));
    }

    public boolean unread() {
        return readAt == null;
    }
}
