package vn.tusoi.organization.member;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import vn.tusoi.organization.events.MemberChanged;
import vn.tusoi.organization.events.Topics;
import vn.tusoi.organization.unit.OrgUnit;
import vn.tusoi.organization.unit.UnitEvents;
import vn.tusoi.platform.outbox.Outbox;

/**
 * What follows a member's change: the member's event, and each touched unit's exact count of active members (a unit
 * whose count changed is published too).
 */
@ApplicationScoped
public class MemberChanges {

    private static final int IN_LIST_CHUNK = 1000;

    private final EntityManager em;
    private final UnitEvents unitEvents;
    private final Outbox outbox;
    private final MemberCounts memberCounts;

    public MemberChanges(EntityManager em, UnitEvents unitEvents, Outbox outbox, MemberCounts memberCounts) {
        this.em = em;
        this.unitEvents = unitEvents;
        this.outbox = outbox;
        this.memberCounts = memberCounts;
    }

    /** Publishes the member as it now is (no names: registry number, cell, status, version). */
    void published(Member member) {
        outbox.record(Topics.MEMBERS, member.registryNo, MemberChanged.TYPE, new MemberChanged(member.registryNo,
                member.unit.code, member.status.name(), member.version));
    }

    /** Sets each touched unit's count of active members, publishing the units whose count changed. */
    void recount(Collection<OrgUnit> touched) {
        if (touched.isEmpty()) {
            return;
        }
        em.flush();
        Map<Long, Long> counts = new HashMap<>();
        List<Long> ids = touched.stream().map(unit -> unit.id).toList();
        for (int from = 0; from < ids.size(); from += IN_LIST_CHUNK) {
            em.createQuery("SELECT m.unit.id, count(m) FROM Member m WHERE m.unit.id IN ?1 AND m.status = ?2"
                    + " GROUP BY m.unit.id", Object[].class)
                    .setParameter(1, ids.subList(from, Math.min(ids.size(), from + IN_LIST_CHUNK)))
                    .setParameter(2, Member.Status.ACTIVE).getResultList()
                    .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        Map<OrgUnit, Integer> changed = new LinkedHashMap<>();
        for (OrgUnit unit : touched) {
            int count = counts.getOrDefault(unit.id, 0L).intValue();
            if (unit.memberCount != count) {
                changed.put(unit, count);
            }
        }
        memberCounts.set(changed);
        changed.keySet().forEach(unitEvents::changed);
    }
}
