package vn.tusoi.aggregation.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.tusoi.aggregation.notice.ActionReminderRuns;
import vn.tusoi.aggregation.notice.CampaignReminderRuns;
import vn.tusoi.aggregation.notice.Inbox;
import vn.tusoi.aggregation.notice.MailQueue;
import vn.tusoi.aggregation.notice.NoticeClock;
import vn.tusoi.aggregation.notice.NoticeMail;
import vn.tusoi.aggregation.notice.NoticeView;
import vn.tusoi.aggregation.notice.WorkflowNotices;
import vn.tusoi.platform.paging.Page;
import vn.tusoi.platform.paging.PageRequest;
import vn.tusoi.platform.security.Roles;

/** The units' inboxes, the members' own, and for administrators the e-mails that did not leave. */
@Path("/api/v1/notices")
@Produces(MediaType.APPLICATION_JSON)
public class NoticeResource {

    private final Inbox inbox;
    private final MailQueue mails;
    private final NoticeClock clock;
    private final CampaignReminderRuns runs;
    private final ActionReminderRuns actionRuns;
    private final WorkflowNotices workflow;

    public NoticeResource(Inbox inbox, MailQueue mails, NoticeClock clock, CampaignReminderRuns runs,
            ActionReminderRuns actionRuns, WorkflowNotices workflow) {
        this.workflow = workflow;
        this.runs = runs;
        this.actionRuns = actionRuns;
        this.inbox = inbox;
        this.mails = mails;
        this.clock = clock;
    }

    /** How many of a unit's notices are unread. */
    public record Unread(String unitCode, long unread) {
    }

    /** An e-mail to send again. */
    public record Resend(@NotNull UUID noticeId, @NotBlank @Size(max = 254) String address) {
    }

    @GET
    @Operation(summary = "A unit's notices, newest first (unread=true: those not yet opened), with their e-mails")
    public Page<NoticeView> notices(@QueryParam("unitCode") @NotBlank @Size(max = 64) String unitCode,
            @QueryParam("unread") boolean unread, @BeanParam @Valid PageRequest page) {
        return inbox.notices(unitCode, unread, page);
    }

    @GET
    @Path("/unread")
    @Operation(summary = "How many of a unit's notices are not yet opened")
    public Unread unread(@QueryParam("unitCode") @NotBlank @Size(max = 64) String unitCode) {
        return new Unread(unitCode, inbox.unread(unitCode));
    }

    @GET
    @Path("/mine")
    @Operation(summary = "The caller's own notices as a member (the grade decided for them), newest first; none for"
            + " a caller who is not a member")
    public Page<NoticeView> mine(@QueryParam("unread") boolean unread, @BeanParam @Valid PageRequest page) {
        return inbox.mine(unread, page);
    }

    /** How many of the caller's own notices are unread. */
    public record UnreadOfMine(long unread) {
    }

    @GET
    @Path("/mine/unread")
    @Operation(summary = "How many of the caller's own notices as a member are not yet opened")
    public UnreadOfMine unreadOfMine() {
        return new UnreadOfMine(inbox.unreadOfMine());
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark a notice opened (the first opening is kept)")
    public void read(@PathParam("id") UUID id) {
        inbox.read(id);
    }

    /** What a run of the reminders due made: per campaign, and of the remediation actions. */
    public record Runs(List<CampaignReminderRuns.Outcome> campaigns, ActionReminderRuns.Outcome actions,
            WorkflowNotices.Outcome workflow) {
    }

    @POST
    @Path("/runs")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Run now the scheduled reminders that are due and have not run (campaigns' laggards,"
            + " remediation actions; they run on their own every minute): what each decided, and in how long")
    public Runs runDue() {
        return new Runs(runs.runDue(), actionRuns.runDue(), workflow.runDue());
    }

    @GET
    @Path("/escalated-actions")
    @Operation(summary = "The remediation actions of a unit and the units under it that were escalated to the unit"
            + " above their owner for being overdue")
    public List<Inbox.EscalatedAction> escalatedActions(
            @QueryParam("unitCode") @NotBlank @Size(max = 64) String unitCode) {
        return inbox.escalatedActions(unitCode);
    }

    @GET
    @Path("/mails")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The e-mails in a state (FAILED, UNCONFIRMED, CANCELLED, PENDING...), with their reasons")
    public Page<MailQueue.MailView> mails(@QueryParam("status") @NotNull NoticeMail.Status status,
            @BeanParam @Valid PageRequest page) {
        return mails.inState(status, page);
    }

    @POST
    @Path("/mails/resend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Send a failed, unconfirmed or cancelled e-mail again, from its first attempt")
    public MailQueue.MailView resend(@NotNull @Valid Resend request) {
        return mails.resend(request.noticeId(), request.address(), clock.now());
    }
}
