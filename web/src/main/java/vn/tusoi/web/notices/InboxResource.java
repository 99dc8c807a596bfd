package vn.tusoi.web.notices;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

import vn.tusoi.web.api.Notice;
import vn.tusoi.web.api.NoticeApi;
import vn.tusoi.web.api.OrganizationApi;
import vn.tusoi.web.api.Page;
import vn.tusoi.web.api.UnitNotifications;
import vn.tusoi.web.forms.FormFields;
import vn.tusoi.web.forms.Refusal;
import vn.tusoi.web.layout.Html;
import vn.tusoi.web.layout.Links;
import vn.tusoi.web.signin.FormToken;
import vn.tusoi.web.signin.SignedForm;
import vn.tusoi.web.signin.SignedInUser;

/**
 * Thông báo: the signed-in user's unit's inbox (a member's own notices, for a member who holds no unit's role), the
 * header's count of its unread notices, opening one, and where the unit's notices are e-mailed (organization-service
 * decides who may change it).
 */
@Path("/thong-bao")
public class InboxResource {

    static final int PAGE_SIZE = 20;

    private final SignedInUser user;
    private final NoticeApi notices;
    private final OrganizationApi organization;
    private final FormToken formToken;

    public InboxResource(SignedInUser user, @RestClient NoticeApi notices, @RestClient OrganizationApi organization,
            FormToken formToken) {
        this.user = user;
        this.formToken = formToken;
        this.notices = notices;
        this.organization = organization;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response inbox(@QueryParam("unit") @Size(max = 64) String unit, @QueryParam("page") int page,
            @QueryParam("da") @Size(max = 10) String done) {
        if (user.readsOwnNotices()) {
            int shown = Math.max(0, Math.min(page, 10_000));
            Page<Notice> found = notices.mine(shown, PAGE_SIZE);
            return Html.page(200, new InboxPage(null, found.items(), found.total(), notices.unreadOfMine().unread(),
                    shown, (long) (shown + 1) * PAGE_SIZE < found.total(), false, "", Refusal.NONE, "").render());
        }
        String code = FormFields.blank(unit) ? user.unit() : unit.strip();
        if (code == null) {
            return Response.seeOther(URI.create("/chien-dich")).build();
        }
        return page(code, page, "luu".equals(done) ? "Đã lưu nơi nhận thư của đơn vị." : "", Refusal.NONE);
    }

    /** Where the unit's notices are e-mailed: one address a line, and whether e-mail is off. */
    public static class SettingsFields extends SignedForm {
        @RestForm
        @NotBlank
        @Size(max = 64)
        public String unit;
        @RestForm
        public String version;
        @RestForm
        @Size(max = 2_000)
        public String emails;
        @RestForm
        public String emailOff;
    }

    @POST
    @Path("/cai-dat")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response saveSettings(@BeanParam @Valid SettingsFields form) {
        formToken.require(form);
        List<String> addresses = form.emails == null
                ? List.of()
                : Arrays.stream(form.emails.split("[\\r\\n,;]+")).map(String::strip).filter(a -> !a.isEmpty())
                        .toList();
        Refusal refusal = Refusal.sending(() -> organization.setNotifications(form.key, FormFields.etag(form.version),
                form.unit, new UnitNotifications.Settings(addresses, form.emailOff != null)));
        if (refusal.any()) {
            return page(form.unit, 0, "", refusal);
        }
        return Response.seeOther(URI.create("/thong-bao?unit=" + Links.encode(form.unit) + "&da=luu")).build();
    }

    private Response page(String code, int page, String saved, Refusal refusal) {
        int shown = Math.max(0, Math.min(page, 10_000));
        Page<Notice> found = notices.notices(code, shown, PAGE_SIZE);
        long unread = notices.unread(code).unread();
        boolean mayEdit = user.has("officer") || user.has("secretary") || user.has("admin");
        return Html.page(refusal.any() ? refusal.status() : 200, new InboxPage(organization.notifications(code),
                found.items(), found.total(), unread, shown, (long) (shown + 1) * PAGE_SIZE < found.total(), mayEdit,
                saved, refusal, UUID.randomUUID().toString()).render());
    }

    /** The header's count: a fragment drawn after the page (htmx), so that no page waits for it. */
    @GET
    @Path("/so")
    @Produces(MediaType.TEXT_HTML)
    public Response unreadCount() {
        String code = user.unit();
        long unread = user.readsOwnNotices()
                ? notices.unreadOfMine().unread()
                : code == null ? 0 : notices.unread(code).unread();
        return Html.page(200, unread == 0
                ? "<span class=\"count\" hidden></span>"
                : "<span class=\"count\" aria-label=\"" + unread + " chưa đọc\">" + unread + "</span>");
    }

    /** Opens a notice: marked read, then its page (a path of this front end, never another site). */
    @GET
    @Path("/mo")
    public Response open(@QueryParam("id") @Size(max = 40) String id, @QueryParam("den") @Size(max = 500) String to) {
        notices.read(FormFields.uuid(id));
        boolean local = to != null && to.startsWith("/") && !to.startsWith("//") && !to.contains("\\");
        return Response.seeOther(URI.create(local ? to : "/thong-bao")).build();
    }

}
