package vn.tusoi.web.approval;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import vn.tusoi.web.api.Decisions;
import vn.tusoi.web.api.OrganizationApi;
import vn.tusoi.web.api.Session;
import vn.tusoi.web.api.SessionApi;
import vn.tusoi.web.api.Unit;
import vn.tusoi.web.forms.FormFields;
import vn.tusoi.web.forms.ProblemWords;
import vn.tusoi.web.layout.Html;
import vn.tusoi.web.signin.FormToken;
import vn.tusoi.web.signin.SignedForm;
import vn.tusoi.web.signin.SignedInUser;

/**
 * Duyệt báo cáo: a superior committee's queue of the sessions its units submitted, oldest first; one opened to read
 * and approved or returned with a reason, or several approved at once with a result for each.
 */
@Path("/duyet")
@Produces(MediaType.TEXT_HTML)
public class ApprovalResource {

    static final int PAGE_SIZE = 50;

    private final SignedInUser user;
    private final SessionApi sessions;
    private final OrganizationApi organization;
    private final FormToken formToken;

    public ApprovalResource(SignedInUser user, @RestClient SessionApi sessions,
            @RestClient OrganizationApi organization, FormToken formToken) {
        this.user = user;
        this.sessions = sessions;
        this.organization = organization;
        this.formToken = formToken;
    }

    /** A submitted session with the unit's name; after a decision, what became of it. */
    public record Row(Session session, Unit unit, Integer status, String outcome) {
    }

    @GET
    public Response queue(@QueryParam("unitKind") @Pattern(regexp = "[A-Z_]{0,40}") String unitKind,
            @QueryParam("parent") @Size(max = 64) String parent, @QueryParam("page") int page) {
        return queuePage(unitKind, parent, Math.max(0, page), List.of(), null);
    }

    /** The bulk decision: the ticked sessions, each as {@code id:version}. */
    public static class BulkFields extends SignedForm {
        @RestForm
        public List<String> session;
        @RestForm
        public String unitKind;
        @RestForm
        public String parent;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approveSeveral(@BeanParam BulkFields form) {
        formToken.require(form);
        if (form.session == null || form.session.isEmpty()) {
            return queuePage(form.unitKind, form.parent, 0, List.of(), "Chưa chọn báo cáo nào để duyệt.");
        }
        List<Decisions.Item> items = new ArrayList<>();
        for (String ticked : form.session) {
            String[] parts = ticked.split(":", 2);
            items.add(new Decisions.Item(FormFields.uuid(parts[0]),
                    parts.length > 1 ? FormFields.version(parts[1]) : null));
        }
        Decisions.Results results = sessions.decide(form.key,
                new Decisions.Request("APPROVE", null, items));
        Map<String, Unit> units = new HashMap<>();
        List<Row> decided = new ArrayList<>();
        for (Decisions.Result result : results.results()) {
            Session session = result.session() != null ? result.session() : sessions.session(result.id());
            decided.add(new Row(session, unit(session.unitCode(), units), result.status(),
                    result.problem() == null ? "Đã duyệt" : ProblemWords.of(result.problem())));
        }
        return queuePage(form.unitKind, form.parent, 0, decided, "Đã duyệt " + results.decided() + " báo cáo"
                + (results.refused() > 0
                        ? "; " + results.refused() + " báo cáo không duyệt được (xem từng dòng)."
                        : "."));
    }

    @GET
    @Path("/phien")
    public Response session(@QueryParam("id") @Size(max = 40) String id) {
        return sessionPage(FormFields.uuid(id), null, 200);
    }

    /** One session's decision. */
    public static class DecisionFields extends SignedForm {
        @RestForm
        public String id;
        @RestForm
        public String version;
        @RestForm
        public String decision;
        @RestForm
        public String reason;
    }

    @POST
    @Path("/phien")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@BeanParam DecisionFields form) {
        formToken.require(form);
        UUID id = FormFields.uuid(form.id);
        String decision = "return".equals(form.decision) ? "RETURN" : "APPROVE";
        Long version = FormFields.blank(form.version) ? null : FormFields.version(form.version);
        Decisions.Results results = sessions.decide(form.key, new Decisions.Request(decision,
                FormFields.text(form.reason), List.of(new Decisions.Item(id, version))));
        Decisions.Result result = results.results().get(0);
        if (result.problem() != null) {
            return sessionPage(id, ProblemWords.of(result.problem()), result.status());
        }
        return Response.seeOther(URI.create("/duyet/phien?id=" + id + "&da=" + decision.toLowerCase())).build();
    }

    private Response queuePage(String unitKind, String parent, int page, List<Row> decided, String notice) {
        String committee = user.viewUnit();
        Unit unit = organization.unit(committee);
        vn.tusoi.web.api.Page<Session> waiting = sessions.sessionsBelow(committee, "SUBMITTED", null,
                FormFields.text(unitKind), FormFields.text(parent), page, PAGE_SIZE);
        Map<String, Unit> units = new HashMap<>();
        List<Row> rows = waiting.items().stream()
                .map(session -> new Row(session, unit(session.unitCode(), units), null, null)).toList();
        List<Unit> parents = organization.children(committee, 0, vn.tusoi.web.api.Page.MAX_SIZE).items();
        return Html.page(200, new ApprovalsPage(unit, rows, waiting.total(),
                page, decided, notice == null ? "" : notice, unitKind == null ? "" : unitKind,
                parent == null ? "" : parent, parents, UUID.randomUUID().toString()).render());
    }

    private Response sessionPage(UUID id, String refusal, int status) {
        Session session = sessions.session(id);
        Unit unit = organization.unit(session.unitCode());
        return Html.page(status, new ApprovalPage(session, unit,
                sessions.campaign(session.campaignCode()), sessions.shortcomingsOf(id),
                refusal == null ? "" : refusal, UUID.randomUUID().toString()).render());
    }

    private Unit unit(String code, Map<String, Unit> known) {
        return known.computeIfAbsent(code, c -> organization.unit(c));
    }

}
