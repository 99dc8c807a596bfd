package vn.tusoi.session.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.identity.SecurityIdentity;

import vn.tusoi.platform.security.Roles;
import vn.tusoi.session.api.DecisionResults;
import vn.tusoi.session.session.BulkDecision;
import vn.tusoi.session.session.SessionReviews;

/** Approving or returning several submitted sessions in one request, with a result per session. */
@Path("/api/v1/sessions/decisions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionDecisionResource {

    private final SessionReviews reviews;
    private final SessionViews mapper;
    private final SecurityIdentity identity;

    public SessionDecisionResource(SessionReviews reviews, SessionViews mapper, SecurityIdentity identity) {
        this.reviews = reviews;
        this.mapper = mapper;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Approve (or return, with the reason) up to 100 submitted sessions; each is decided on its"
            + " own and answered with its new state or its problem")
    public DecisionResults decide(@NotNull @Valid BulkDecision decisions) {
        List<DecisionResults.Result> results = reviews
                .decide(decisions, identity.getPrincipal().getName(),
                        mapper::toView)
                .stream().map(
                        outcome -> new DecisionResults.Result(outcome.item().id(),
                                outcome.problem() == null ? 200 : outcome.problem().status(), outcome.session(),
                                outcome.problem()))
                .toList();
        int decided = (int) results.stream().filter(result -> result.problem() == null).count();
        return new DecisionResults(decided, results.size() - decided, results);
    }
}
