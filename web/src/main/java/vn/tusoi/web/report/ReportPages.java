package vn.tusoi.web.report;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import vn.tusoi.web.api.Campaign;
import vn.tusoi.web.api.Lookups;
import vn.tusoi.web.api.OrganizationApi;
import vn.tusoi.web.api.Page;
import vn.tusoi.web.api.Session;
import vn.tusoi.web.api.SessionApi;
import vn.tusoi.web.api.Shortcoming;
import vn.tusoi.web.api.Unit;
import vn.tusoi.web.forms.Refusal;
import vn.tusoi.web.layout.Html;
import vn.tusoi.web.layout.Links;
import vn.tusoi.web.signin.SignedInUser;
import vn.tusoi.web.targets.ReportingPeriods;
import vn.tusoi.web.targets.TargetsForm;

/**
 * The report's page, assembled in one place: as stored (with the notice of the write just done), or drawn again
 * with what a refused form sent and the service's refusal next to its fields.
 */
@ApplicationScoped
public class ReportPages {

    /**
     * What the page shows besides what is stored: a form as it was sent with its refusal (at most one of the three),
     * or the notice of a write just done.
     */
    record Shown(SessionValues session, Refusal sessionRefusal, ShortcomingValues shortcoming,
            Refusal shortcomingRefusal, TargetsForm targets, String notice) {

        static Shown stored(String notice) {
            return new Shown(null, Refusal.NONE, null, Refusal.NONE, null, notice);
        }

        static Shown refusedSession(SessionValues sent, Refusal refusal) {
            return new Shown(sent, refusal, null, Refusal.NONE, null, "");
        }

        static Shown refusedShortcoming(ShortcomingValues sent, Refusal refusal) {
            return new Shown(null, Refusal.NONE, sent, refusal, null, "");
        }

        static Shown refusedTargets(TargetsForm sent) {
            return new Shown(null, Refusal.NONE, null, Refusal.NONE, sent, "");
        }

        /** The status of the refusal shown, or 200. */
        int status() {
            if (sessionRefusal.any()) {
                return sessionRefusal.status();
            }
            if (shortcomingRefusal.any()) {
                return shortcomingRefusal.status();
            }
            return targets != null && targets.refusal().any() ? targets.refusal().status() : 200;
        }
    }

    private final SignedInUser user;
    private final SessionApi sessions;
    private final OrganizationApi organization;

    public ReportPages(SignedInUser user, @RestClient SessionApi sessions, @RestClient OrganizationApi organization) {
        this.user = user;
        this.sessions = sessions;
        this.organization = organization;
    }

    /** The unit's session of the campaign, or null while it has none. */
    Session sessionOf(String campaign, String unit) {
        List<Session> found = sessions.sessionOf(campaign, unit).items();
        return found.isEmpty() ? null : found.get(0);
    }

    Response page(String campaignCode, String unitCode, Session session, Shown shown) {
        Campaign campaign = sessions.campaign(campaignCode);
        String period = ReportingPeriods.of(campaign).get(0);
        Unit unit = organization.unit(unitCode);
        ShortcomingValues sent = shown.shortcoming();
        List<ShortcomingValues> forms = new ArrayList<>();
        for (Shortcoming existing : session == null
                ? List.<Shortcoming>of()
                : sessions.shortcomingsOf(session.id())) {
            forms.add(sent != null && existing.id().equals(sent.id()) ? sent : ShortcomingValues.of(existing));
        }
        ShortcomingValues added = sent != null && sent.id() == null ? sent : ShortcomingValues.blank();
        TargetsForm targets = shown.targets() != null
                ? shown.targets()
                : TargetsForm.of(period, Lookups.orNull(() -> sessions.indicators(unitCode, period)));
        SessionReportPage page = new SessionReportPage(campaign, unit, session,
                shown.session() != null ? shown.session() : SessionValues.of(session, "THEMATIC"),
                shown.sessionRefusal(), forms, added,
                sent == null ? "" : sent.id() == null ? "moi" : sent.id().toString(), shown.shortcomingRefusal(),
                earlierOpen(session, campaignCode, unitCode), targets, UUID.randomUUID().toString(), shown.notice());
        return Html.page(shown.status(), page.render());
    }

    /** After a write: the page again, by its address, with the notice of what was done. */
    static Response done(ReportForm form, ReportNotice notice) {
        return Response.seeOther(URI.create("/bao-cao-sinh-hoat/phien" + Links.query(form.campaign, form.unit)
                + "&da=" + notice.code)).build();
    }

    /** What the unit left open in earlier reviews, to carry over into this one (none once the report is locked). */
    private List<Shortcoming> earlierOpen(Session session, String campaignCode, String unitCode) {
        if (session == null || !session.editable()) {
            return List.of();
        }
        return Page.all(page -> sessions.shortcomings(unitCode, "OPEN", page, Page.MAX_SIZE),
                Page.MAX_LISTED).items().stream()
                .filter(open -> open.unitCode().equals(unitCode) && !open.campaignCode().equals(campaignCode))
                .toList();
    }
}
