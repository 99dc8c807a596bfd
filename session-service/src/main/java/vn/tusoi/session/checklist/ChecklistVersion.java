package vn.tusoi.session.checklist;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.tusoi.platform.audit.Audited;

/** One published version of a checklist: never changed, a correction is the next version. */
@Audited
@Entity
@Immutable
@Table(name = "checklist_version")
public class ChecklistVersion {

    @Embeddable
    public record Key(@Column(name = "checklist_id") String checklistId, long number) implements Serializable {
        @Override
        public String toString() {
            return checklistId + " v" + number;
        }
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String document;

    @Column(name = "item_noun", nullable = false)
    public String itemNoun;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ChecklistGroup> groups;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    public ChecklistContent content() {
        return new ChecklistContent(title, document, itemNoun, groups);
    }
}
