package vn.tusoi.aggregation.rollup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import vn.tusoi.aggregation.ingest.Touched;

/** The (campaign, unit) contributions a batch's stored events touch, from what the kinds noted. */
@ApplicationScoped
class TouchedContributions {

    private static final int KEY_SLICE = 1_000;

    private final EntityManager em;

    TouchedContributions(EntityManager em) {
        this.em = em;
    }

    /** Reads the stored units and campaigns: what the batch stored must be flushed by then. */
    Set<Contribution.Key> of(Touched touched) {
        Set<Contribution.Key> keys = new LinkedHashSet<>();
        touched.campaigns().forEach((campaign, issuer) -> keys.addAll(keysForCampaign(campaign, issuer)));
        touched.contributions().forEach(pair -> keys.add(new Contribution.Key(pair.campaignCode(),
                pair.unitCode())));
        keys.addAll(keysForUnits(touched.units()));
        return keys;
    }

    /**
     * The campaigns each of these units counts for: those it feeds already, and those issued at or above it (with its
     * ancestors as just stored). A few queries per 1,000 units: a move of a large subtree changes every unit of it.
     */
    private Set<Contribution.Key> keysForUnits(Collection<String> unitCodes) {
        Set<Contribution.Key> keys = new LinkedHashSet<>();
        List<String> codes = List.copyOf(unitCodes);
        for (int from = 0; from < codes.size(); from += KEY_SLICE) {
            List<String> slice = codes.subList(from, Math.min(codes.size(), from + KEY_SLICE));
            keys.addAll(ListQuery.of(em, "SELECT c.key FROM Contribution c WHERE c.key.unitCode IN :values",
                    Contribution.Key.class, slice).getResultList());
            Map<String, List<String>> issuersByUnit = new HashMap<>();
            Set<String> issuers = new LinkedHashSet<>();
            // the places only, in one query: a rebuild asks this for every unit of the tree at once
            for (Object[] unit : ListQuery.of(em, "SELECT u.code, u.ancestors FROM UnitNode u WHERE u.code IN :values",
                    Object[].class, slice).getResultList()) {
                @SuppressWarnings("unchecked")
                List<String> atOrAbove = new ArrayList<>((List<String>) unit[1]);
                atOrAbove.add((String) unit[0]);
                issuersByUnit.put((String) unit[0], atOrAbove);
                issuers.addAll(atOrAbove);
            }
            Map<String, List<String>> campaignsByIssuer = new HashMap<>();
            List<String> issuerList = List.copyOf(issuers);
            for (int i = 0; i < issuerList.size(); i += KEY_SLICE) {
                ListQuery.of(em, "SELECT c.code, c.issuingUnitCode FROM CampaignInfo c"
                        + " WHERE c.issuingUnitCode IN :values", Object[].class,
                        issuerList.subList(i, Math.min(issuerList.size(), i + KEY_SLICE))).getResultList()
                        .forEach(row -> campaignsByIssuer.computeIfAbsent((String) row[1],
                                issuer -> new ArrayList<>()).add((String) row[0]));
            }
            issuersByUnit.forEach((unit, atOrAbove) -> atOrAbove.forEach(issuer -> campaignsByIssuer
                    .getOrDefault(issuer, List.of()).forEach(campaign -> keys.add(new Contribution.Key(campaign,
                            unit)))));
        }
        return keys;
    }

    /** A campaign counts every unit under its issuing unit, and every unit it counted before. */
    private List<Contribution.Key> keysForCampaign(String campaignCode, String issuingUnitCode) {
        Set<String> units = new LinkedHashSet<>();
        @SuppressWarnings("unchecked")
        List<String> under = em.createNativeQuery("SELECT code FROM unit_node WHERE ancestors @> ARRAY[?1]::varchar[]")
                .setParameter(1, issuingUnitCode).getResultList();
        units.addAll(under);
        units.add(issuingUnitCode);
        units.addAll(em.createQuery(
                "SELECT c.key.unitCode FROM Contribution c WHERE c.key.campaignCode = ?1", String.class)
                .setParameter(1, campaignCode).getResultList());
        return units.stream().map(unit -> new Contribution.Key(campaignCode, unit)).toList();
    }
}
