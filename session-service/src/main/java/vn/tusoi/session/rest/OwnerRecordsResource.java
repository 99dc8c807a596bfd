package vn.tusoi.session.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.tusoi.platform.security.Roles;
import vn.tusoi.session.records.OwnerRecords;

/** For the roll-ups' reconciliation (administrators): this service's own records of a campaign, with versions. */
@Path("/api/v1/records")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class OwnerRecordsResource {

    private final OwnerRecords records;

    public OwnerRecordsResource(OwnerRecords records) {
        this.records = records;
    }

    @GET
    @Path("/sessions")
    @Operation(summary = "The campaign's sessions as stored (status, date, attendance, version), by id from after")
    public OwnerRecords.Page<OwnerRecords.SessionRecord> sessions(
            @QueryParam("campaignCode") @NotBlank String campaignCode,
            @QueryParam("after") UUID after,
            @QueryParam("size") @DefaultValue("1000") @Min(1) @Max(OwnerRecords.MAX_PAGE) int size) {
        return records.sessions(campaignCode, after, size);
    }

    @GET
    @Path("/shortcomings")
    @Operation(summary = "The campaign's shortcomings as stored (area, status, version), by id from after")
    public OwnerRecords.Page<OwnerRecords.ShortcomingRecord> shortcomings(
            @QueryParam("campaignCode") @NotBlank String campaignCode,
            @QueryParam("after") UUID after,
            @QueryParam("size") @DefaultValue("1000") @Min(1) @Max(OwnerRecords.MAX_PAGE) int size) {
        return records.shortcomings(campaignCode, after, size);
    }

    @GET
    @Path("/self-reviews")
    @Operation(summary = "The campaign's self-reviews as stored (registry number, unit, stage, version; never the"
            + " text), by id from after")
    public OwnerRecords.Page<OwnerRecords.SelfReviewRecord> selfReviews(
            @QueryParam("campaignCode") @NotBlank String campaignCode,
            @QueryParam("after") UUID after,
            @QueryParam("size") @DefaultValue("1000") @Min(1) @Max(OwnerRecords.MAX_PAGE) int size) {
        return records.selfReviews(campaignCode, after, size);
    }
}
