package vn.tusoi.organization.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLockType;
import org.hibernate.annotations.OptimisticLocking;
import org.hibernate.type.SqlTypes;

import vn.tusoi.platform.audit.Audited;

/** A party organisation: a province committee down to a cell. */
@Audited
@Entity
@DynamicUpdate
@OptimisticLocking(type = OptimisticLockType.DIRTY)
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
    @SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public OrgUnit parent;

    @Column(nullable = false)
    public String path;

    @Column(nullable = false)
    public int depth;

    @Column(name = "member_count", nullable = false)
    public int memberCount;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    /** The units merged into this one (or split to form it). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "predecessor_codes", nullable = false)
    public List<String> predecessorCodes = new ArrayList<>();

    /** Where the unit's notices are e-mailed ({@link NotificationAddresses}). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "notification_emails", nullable = false)
    public List<String> notificationEmails = new ArrayList<>();

    /** The unit's officers turned its e-mail off (its notices are still in the inbox). */
    @Column(name = "email_off", nullable = false)
    public boolean emailOff;

    /**
     * Raised by each change that is published; the update checks the value it was read with (with every changed
     * column), so two writers cannot both commit the same version: the second gets a 409.
     */
    @Column(nullable = false)
    public long version;

    public String parentCode() {
        return parent == null ? null : parent.code;
    }

    /** Codes from the root down to the parent. */
    public List<String> ancestorCodes() {
        List<String> codes = Arrays.asList(path.substring(1, path.length() - 1).split("/"));
        return codes.subList(0, codes.size() - 1);
    }

    /** Names the unit (the name stripped), keeping its search text (code and name, folded) with it. */
    public void rename(String newName) {
        name = newName.strip();
        searchText = SearchText.fold(code + " " + name);
    }

    /** Places the unit under a parent (or at the root), setting path and depth. */
    public void placeUnder(OrgUnit newParent) {
        parent = newParent;
        path = pathUnder(newParent);
        depth = newParent == null ? 0 : newParent.depth + 1;
    }

    /** The path the unit has under a parent (or at the root). */
    public String pathUnder(OrgUnit newParent) {
        return (newParent == null ? "/" : newParent.path) + code + "/";
    }
}
