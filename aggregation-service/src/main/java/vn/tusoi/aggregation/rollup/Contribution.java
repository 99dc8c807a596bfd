package vn.tusoi.aggregation.rollup;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What one unit adds to its ancestors' counters for one campaign. Stored as applied, so that any later change (a
 * session held, the unit moved or dissolved, the campaign's scope changed) subtracts exactly the old and adds the new.
 */
@Entity
@Table(name = "contribution")
public class Contribution {

    @Embeddable
    public record Key(@Column(name = "campaign_code") String campaignCode, @Column(name = "unit_code") String unitCode)
            implements
                Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String kind;

    @Column(name = "in_scope", nullable = false)
    public boolean inScope;

    @Column(nullable = false)
    public boolean held;

    @Column(name = "on_time", nullable = false)
    public boolean onTime;

    /** The unit's decided classification grade for the campaign's year, counted among its superiors' units. */
    @Column
    public String grade;

    /** The day the unit held the campaign (the latest predecessor's, for a merged unit), for the daily series. */
    @Column(name = "held_on")
    public LocalDate heldOn;

    /** The unit's members, and how many of them wrote their self-review for the campaign. */
    @Column(nullable = false)
    public int members;

    @Column(nullable = false)
    public int reviewed;

    /**
     * Counts this unit adds to itself and every unit above it up to the issuing unit: its shortcomings raised, by
     * status and by area, and its session's attendance.
     */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Integer> tallies = Map.of();

    /** From the issuing unit down to the parent: the units whose counters this one feeds. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> ancestors;

    /**
     * Calls {@code add(unitCode, Map<counter, amount>)} for every unit this contribution counts at: members at the
     * unit itself and its ancestors up to the issuing unit; held and expected, if the campaign covers the unit, at
     * its ancestors.
     */
    public void forEachCount(BiConsumer<String, Map<String, Integer>> add) {
        if (members != 0 || reviewed != 0 || !tallies.isEmpty()) {
            Map<String, Integer> counts = new HashMap<>(tallies);
            counts.put(Counters.MEMBERS_TOTAL, members);
            counts.put(Counters.MEMBERS_REVIEWED, reviewed);
            add.accept(key.unitCode(), counts);
            ancestors.forEach(ancestor -> add.accept(ancestor, counts));
        }
        if (!inScope || ancestors.isEmpty()) {
            return;
        }
        int heldCount = held ? 1 : 0;
        add.accept(ancestors.get(ancestors.size() - 1),
                Map.of(Counters.DIRECT_EXPECTED, 1, Counters.DIRECT_HELD, heldCount));
        Map<String, Integer> subtree = new HashMap<>(Map.of(
                Counters.expected(kind), 1,
                Counters.held(kind), heldCount,
                Counters.ON_TIME, held && onTime ? 1 : 0,
                Counters.LATE, held && !onTime ? 1 : 0));
        if (held && heldOn != null) {
            subtree.put(Counters.heldOn(heldOn), 1);
        }
        if (grade != null) {
            subtree.put(Counters.GRADE_PREFIX + grade, 1);
        }
        for (String ancestor : ancestors) {
            add.accept(ancestor, subtree);
        }
    }

    public boolean sameCountsAs(Contribution other) {
        return other != null && inScope == other.inScope && held == other.held && onTime == other.onTime
                && members == other.members && reviewed == other.reviewed && kind.equals(other.kind)
                && tallies.equals(other.tallies) && Objects.equals(heldOn, other.heldOn)
                && Objects.equals(grade, other.grade)
                && ancestors.equals(other.ancestors);
    }
}
