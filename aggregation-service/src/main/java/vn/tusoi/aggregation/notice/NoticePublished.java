package vn.tusoi.aggregation.notice;

import java.time.Instant;
import java.util.UUID;

/**
 * A notice as the notices topic carries it, for systems that deliver notices on their own channels (contract:
 * {@code contracts/notices.schema.json}).
 */
public record NoticePublished(UUID id, String kind, String unitCode, String campaignCode, String title, String body,
        String link, String sentBy, Instant createdAt) {

    public static final String TOPIC = "notices";
    public static final String TYPE = "vn.tusoi.notice.created";

}
