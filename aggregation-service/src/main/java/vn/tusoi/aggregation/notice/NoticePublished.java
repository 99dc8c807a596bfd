package vn.tusoi.aggregation.notice;

/**
 * The notices topic, for systems that deliver notices on their own channels: each notice once, its payload
 * {@code id, kind, unitCode, campaignCode, title, body, link, sentBy, createdAt} written by {@link NoticeBatch}
 * (contract: {@code contracts/notices.schema.json}).
 */
public final class NoticePublished {

    public static final String TOPIC = "notices";
    public static final String TYPE = "vn.tusoi.notice.created";

    private NoticePublished() {
    }
}
