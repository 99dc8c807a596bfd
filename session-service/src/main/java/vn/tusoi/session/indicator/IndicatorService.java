package vn.tusoi.session.indicator;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.tusoi.platform.concurrency.Preconditions;
import vn.tusoi.platform.outbox.Outbox;
import vn.tusoi.platform.rest.RuleViolation;
import vn.tusoi.session.events.IndicatorsChanged;
import vn.tusoi.session.events.Topics;
import vn.tusoi.session.hierarchy.Access;
import vn.tusoi.session.hierarchy.UnitDirectory;

/** A unit's targets per period: replaced as a whole, read back with their attainment. */
@ApplicationScoped
@Transactional
public class IndicatorService {

    /** A year (2023) or a resolution term (2020-2025). */
    static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");

    private final EntityManager em;
    private final UnitDirectory units;
    private final IndicatorMapper mapper;
    private final Outbox outbox;
    private final Access access;
    private final Preconditions preconditions;

    public IndicatorService(EntityManager em, UnitDirectory units, IndicatorMapper mapper, Outbox outbox,
            Access access,
            Preconditions preconditions) {
        this.access = access;
        this.preconditions = preconditions;
        this.em = em;
        this.units = units;
        this.mapper = mapper;
        this.outbox = outbox;
    }

    public IndicatorReport replace(String unitCode, String period, List<Indicator> reported) {
        checkPeriod(period);
        units.requireActive(unitCode, "code");
        access.requireCaptures(unitCode, "code");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < reported.size(); i++) {
            if (!names.add(reported.get(i).name.strip())) {
                throw new RuleViolation(422, "indicator-repeated", "[" + i + "].name",
                        "the indicator \"" + reported.get(i).name
                                + "\" appears twice");
            }
        }
        IndicatorSet.Key key = new IndicatorSet.Key(unitCode, period);
        IndicatorSet set = em.find(IndicatorSet.class, key);
        if (set == null) {
            set = new IndicatorSet();
            set.key = key;
            set.version = 1;
            em.persist(set);
        } else {
            preconditions.require("indicators of " + unitCode + " for " + period, set.version);
            set.version++;
            em.createQuery("DELETE FROM Indicator i WHERE i.unitCode = ?1 AND i.period = ?2")
                    .setParameter(1, unitCode).setParameter(2, period).executeUpdate();
        }
        for (int i = 0; i < reported.size(); i++) {
            Indicator indicator = reported.get(i);
            indicator.name = indicator.name.strip();
            indicator.unitCode = unitCode;
            indicator.period = period;
            indicator.position = i;
            em.persist(indicator);
        }
        em.flush();
        List<Indicator> indicators = load(unitCode, period);
        int met = metOrExceeded(indicators);
        outbox.record(Topics.INDICATORS, unitCode + "|" + period, IndicatorsChanged.TYPE, new IndicatorsChanged(
                unitCode, period, mapper.toEventItems(indicators), met, indicators.size(), set.version));
        return new IndicatorReport(unitCode, period, indicators, met, set.version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IndicatorReport get(String unitCode, String period) {
        access.requireSees(unitCode, "code");
        checkPeriod(period);
        IndicatorSet set = em.find(IndicatorSet.class, new IndicatorSet.Key(unitCode, period));
        if (set == null) {
            throw new RuleViolation(404, "indicators-not-found", "period",
                    "unit " + unitCode + " has no indicators for " + period);
        }
        List<Indicator> indicators = load(unitCode, period);
        return new IndicatorReport(unitCode, period, indicators, metOrExceeded(indicators), set.version);
    }

    private List<Indicator> load(String unitCode, String period) {
        return em.createQuery("SELECT i FROM Indicator i WHERE i.unitCode = ?1 AND i.period = ?2 ORDER BY i.position",
                Indicator.class).setParameter(1, unitCode).setParameter(2, period).getResultList();
    }

    private static int metOrExceeded(List<Indicator> indicators) {
        return (int) indicators.stream().filter(i -> i.status() != Indicator.Status.NOT_MET).count();
    }

    private static void checkPeriod(String period) {
        var matcher = PERIOD.matcher(period);
        if (!matcher.matches() || (matcher.group(2) != null
                && Integer.parseInt(matcher.group(2)) <= Integer.parseInt(matcher.group(1)))) {
            throw new RuleViolation(400, "period-invalid", "period",
                    "a period is a year (2023) or a term (2020-2025), not " + period);
        }
    }
}
