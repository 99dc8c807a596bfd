package vn.tusoi.aggregation.events;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A campaign's roll-up at one unit as it stood when the campaign's deadline passed, with the unit's place in the tree
 * then. Published by this service on the compacted {@code rollup.frozen} topic (key campaign|unit) and read back
 * from it, so that a rebuild from the topics restores what a changed tree could no longer recount.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FrozenRollup(@NotBlank String campaignCode, @NotBlank String unitCode, String parentCode,
        @NotNull List<String> ancestors,
        OffsetDateTime frozenAt, @NotNull RollupChanged view) implements KeyedEvent {

    public static final String TOPIC = "rollup.frozen";
    public static final String TYPE = "vn.tusoi.aggregation.rollup.frozen";

    @Override
    public String messageKey() {
        return campaignCode + "|" + unitCode;
    }
}
