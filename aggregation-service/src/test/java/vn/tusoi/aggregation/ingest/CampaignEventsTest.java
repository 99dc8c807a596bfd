package vn.tusoi.aggregation.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.tusoi.aggregation.events.CampaignChanged;

class CampaignEventsTest {

    private final InMemoryStates states = new InMemoryStates();
    private final CampaignEvents campaigns = new CampaignEvents(states);

    @Test
    void aCampaignTouchesEveryUnitUnderItsIssuerAndIsOpenUntilClosed() {
        Touched touched = new Touched();
        campaigns.apply(List.of(campaign(null, 1)), touched);

        assertEquals(CampaignInfo.OPEN, states.find(CampaignInfo.class, "87-KH/HU").status);
        assertEquals(Map.of("87-KH/HU", "HT-DT"), touched.campaigns());
        assertTrue(touched.treeChanged());
        assertTrue(touched.closed().isEmpty());
    }

    @Test
    void oneSeenOpenAndClosedNowIsToBeFrozenOnce() {
        campaigns.apply(List.of(campaign("OPEN", 1)), new Touched());
        Touched touched = new Touched();
        campaigns.apply(List.of(campaign("CLOSED", 2), campaign("CLOSED", 2), campaign("CLOSED", 3)), touched);

        assertEquals(List.of("87-KH/HU"), touched.closed());
        assertEquals(3, states.find(CampaignInfo.class, "87-KH/HU").version);
    }

    @Test
    void closingItRecountsNoContributionButChangingWhatItCountsDoes() {
        campaigns.apply(List.of(campaign("OPEN", 1)), new Touched());
        Touched closing = new Touched();
        campaigns.apply(List.of(campaign("CLOSED", 2)), closing);

        assertEquals(Map.of(), closing.campaigns());
        assertEquals(List.of("87-KH/HU"), closing.closed());
        assertTrue(closing.treeChanged());

        Touched later = new Touched();
        campaigns.apply(List.of(new CampaignChanged("87-KH/HU", "HT-DT", List.of("CELL"), LocalDate.of(2025, 2, 1),
                null, "CLOSED", 3)), later);
        assertEquals(Map.of("87-KH/HU", "HT-DT"), later.campaigns());
        Touched widened = new Touched();
        campaigns.apply(List.of(new CampaignChanged("87-KH/HU", "HT-DT", List.of("CELL", "GRASSROOTS"),
                LocalDate.of(2025, 2, 1), "2024", "CLOSED", 4)), widened);
        assertEquals(Map.of("87-KH/HU", "HT-DT"), widened.campaigns());
    }

    @Test
    void oneFirstSeenClosedIsNotFrozenAgain() {
        Touched touched = new Touched();
        campaigns.apply(List.of(campaign("CLOSED", 4)), touched);

        assertTrue(states.find(CampaignInfo.class, "87-KH/HU").isClosed());
        assertTrue(touched.closed().isEmpty());
    }

    private static CampaignChanged campaign(String status, long version) {
        return new CampaignChanged("87-KH/HU", "HT-DT", List.of("CELL"), LocalDate.of(2025, 1, 15), null, status,
                version);
    }
}
