package vn.tusoi.aggregation.notice;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A notice in a unit's inbox, with where its e-mails got. */
@Schema(name = "NoticeView")
public record NoticeView(UUID id, String kind, String unitCode, String campaignCode, String title, String body,
        String link, String sentBy, Instant createdAt, Instant readAt, List<Mail> mails) {

    /** One e-mail of the notice: its address, status and attempts. */
    public record Mail(String address, String status, int attempts, Instant sentAt) {
    }
}
