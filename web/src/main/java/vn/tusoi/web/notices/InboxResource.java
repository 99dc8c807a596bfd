package vn.tusoi.web.notices;

import java.net.URI;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import vn.tusoi.web.api.Notice;
import vn.tusoi.web.api.NoticeApi;
import vn.tusoi.web.api.OrganizationApi;
import vn.tusoi.web.api.Page;
import vn.tusoi.web.forms.FormFields;
import vn.tusoi.web.layout.Html;
import vn.tusoi.web.signin.SignedInUser;

/** Thông báo: the signed-in user's unit's inbox, the header's count of its unread notices, and opening one. */
@Path("/thong-bao")
public class InboxResource {

    static final int PAGE_SIZE = 20;

    private final SignedInUser user;
    private final NoticeApi notices;
    private final OrganizationApi organization;

    public InboxResource(SignedInUser user, @RestClient NoticeApi notices, @RestClient OrganizationApi organization) {
        this.user = user;
        this.notices = notices;
        this.organization = organization;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response inbox(@QueryParam("unit") @Size(max = 64) String unit, @QueryParam("page") int page) {
        String code = FormFields.blank(unit) ? user.unit() : unit.strip();
        if (code == null) {
            return Response.seeOther(URI.create("/chien-dich")).build();
        }
        int shown = Math.max(0, Math.min(page, 10_000));
        Page<Notice> found = notices.notices(code, shown, PAGE_SIZE);
        long unread = notices.unread(code).unread();
        return Html.page(200, new InboxPage(organization.unit(code), found.items(), found.total(), unread, shown,
                (long) (shown + 1) * PAGE_SIZE < found.total()).render());
    }

    /** The header's count: a fragment drawn after the page (htmx), so that no page waits for it. */
    @GET
    @Path("/so")
    @Produces(MediaType.TEXT_HTML)
    public Response unreadCount() {
        String code = user.unit();
        long unread = code == null ? 0 : notices.unread(code).unread();
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
