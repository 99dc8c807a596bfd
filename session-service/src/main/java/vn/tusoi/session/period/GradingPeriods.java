package vn.tusoi.session.period;

import java.time.Year;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.tusoi.platform.rest.RuleViolation;
import vn.tusoi.session.hierarchy.Access;
import vn.tusoi.session.hierarchy.UnitDirectory;

/** The periods grades are for: years, quarters and terms by their codes; occasions as committees declared them. */
@ApplicationScoped
public class GradingPeriods {

    private static final int MOST_LISTED = 200;

    private final EntityManager em;
    private final UnitDirectory units;
    private final Access access;

    public GradingPeriods(EntityManager em, UnitDirectory units, Access access) {
        this.em = em;
        this.units = units;
        this.access = access;
    }

    /** The period a path names; a malformed code is refused (400), an occasion never declared too (404). */
    public GradingPeriod of(String code, String field) {
        return resolve(code, field, 404, "period-not-found");
    }

    /** The period a request's field names: as {@link #of}, but an occasion never declared is 422. */
    public GradingPeriod named(String code, String field) {
        return resolve(code, field, 422, "period-unknown");
    }

    private GradingPeriod resolve(String code, String field, int unknownStatus, String unknownRule) {
        String stripped = code == null ? "" : code.strip();
        GradingPeriod calendar = GradingPeriod.calendar(stripped, field, Year.now().getValue());
        if (calendar != null) {
            return calendar;
        }
        GradingOccasion occasion = em.find(GradingOccasion.class, stripped);
        if (occasion == null) {
            throw new RuleViolation(unknownStatus, unknownRule, field, "no occasion " + stripped + " was declared");
        }
        return occasion.period();
    }

    /** The occasions declared, the latest first. */
    public List<GradingOccasion> occasions() {
        return em.createQuery("FROM GradingOccasion o ORDER BY o.firstDay DESC, o.code", GradingOccasion.class)
                .setMaxResults(MOST_LISTED).getResultList();
    }

    public GradingOccasion occasion(String code) {
        GradingOccasion occasion = em.find(GradingOccasion.class, code);
        if (occasion == null) {
            throw RuleViolation.notFound("grading occasion", code);
        }
        return occasion;
    }

    /** Declares an occasion for the committee's units (audited); a code taken or days running backwards refused. */
    @Transactional
    public GradingOccasion declare(GradingOccasionRequest request) {
        if (request.lastDay().isBefore(request.firstDay())) {
            throw new RuleViolation(422, "occasion-days-reversed", "lastDay", "the last day " + request.lastDay()
                    + " is before the first " + request.firstDay());
        }
        units.requireActive(request.issuingUnitCode(), "issuingUnitCode");
        access.requireCaptures(request.issuingUnitCode(), "issuingUnitCode");
        if (em.find(GradingOccasion.class, request.code()) != null) {
            throw new RuleViolation(409, "grading-occasion-exists", "code",
                    "the occasion " + request.code() + " exists and never changes");
        }
        GradingOccasion occasion = new GradingOccasion();
        occasion.code = request.code();
        occasion.title = request.title().strip();
        occasion.issuingUnitCode = request.issuingUnitCode();
        occasion.firstDay = request.firstDay();
        occasion.lastDay = request.lastDay();
        em.persist(occasion);
        return occasion;
    }
}
