package vn.tusoi.web.checklists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import vn.tusoi.web.api.Checklist;
import vn.tusoi.web.api.ChecklistDiff;
import vn.tusoi.web.api.Problem;
import vn.tusoi.web.api.SessionApi;
import vn.tusoi.web.forms.FormFields;
import vn.tusoi.web.forms.Refusal;
import vn.tusoi.web.layout.Html;
import vn.tusoi.web.layout.Links;
import vn.tusoi.web.signin.FormToken;
import vn.tusoi.web.signin.SignedForm;
import vn.tusoi.web.signin.SignedInUser;

/**
 * Danh mục kiểm điểm: the checklists self-reviews are made against. Anyone signed in reads them; the administrator
 * loads a list (a CSV or JSON file, or pasted), reads what it would change, then publishes it as the next version.
 */
@Path("/danh-muc-kiem-diem")
@Produces(MediaType.TEXT_HTML)
public class ChecklistsResource {

    private static final Pattern ITEM = Pattern.compile("groups\\[(\\d+)](?:\\.items\\[(\\d+)])?");
    private static final Pattern LINE = Pattern.compile("line (\\d+)");

    private static final Refusal MISSING = refusal("list-missing",
            "Hãy chọn tệp danh mục (CSV hoặc JSON) hoặc dán nội dung.");
    private static final Refusal TOO_LARGE = refusal("list-too-large",
            "Danh mục dài quá 128 KB; danh mục dài hơn được nạp qua API.");

    private final SignedInUser user;
    private final SessionApi sessions;
    private final FormToken formToken;

    public ChecklistsResource(SignedInUser user, @RestClient SessionApi sessions, FormToken formToken) {
        this.user = user;
        this.sessions = sessions;
        this.formToken = formToken;
    }

    @GET
    public String list() {
        return new ChecklistsPage(sessions.checklists()).render();
    }

    @GET
    @Path("/{id}")
    public Response checklist(@PathParam("id") @Size(max = 64) String id,
            @QueryParam("da") @Min(1) @Max(1_000_000) Long published) {
        return page(id, "", Refusal.NONE, published == null ? null : "Đã công bố phiên bản " + published + ".");
    }

    /** A list to compare: a file, or its text pasted. */
    public static class LoadFields extends SignedForm {
        @RestForm("tep")
        public FileUpload file;
        @RestForm("noiDung")
        public String text;
    }

    @POST
    @Path("/{id}/xem-truoc")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response compare(@PathParam("id") @Size(max = 64) String id, @BeanParam LoadFields form) {
        formToken.require(form);
        if (form.file != null && form.file.size() > ChecklistUpload.MAX_BYTES) {
            return page(id, "", TOO_LARGE, null);
        }
        String text;
        try {
            text = form.file != null && form.file.size() > 0 ? read(form.file) : form.text;
        } catch (ChecklistUpload.Unreadable e) {
            return page(id, "", Refusal.of(e.problem), null);
        }
        if (FormFields.blank(text)) {
            return page(id, "", MISSING, null);
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > ChecklistUpload.MAX_BYTES) {
            return page(id, "", TOO_LARGE, null);
        }
        ChecklistDiff[] diff = new ChecklistDiff[1];
        Refusal refused;
        try {
            ChecklistUpload upload = ChecklistUpload.read(text);
            refused = Refusal.sending(() -> diff[0] = upload.diff(sessions, id));
        } catch (ChecklistUpload.Unreadable e) {
            refused = Refusal.of(e.problem);
        }
        if (refused.any()) {
            return page(id, text, refused, null);
        }
        return Html.page(200, new ChecklistDiffPage(sessions.checklist(id), diff[0], text,
                UUID.randomUUID().toString()).render());
    }

    /** The list read before, published against the version it was compared with. */
    public static class PublishFields extends SignedForm {
        @RestForm
        public String version;
        @RestForm("noiDung")
        public String text;
    }

    @POST
    @Path("/{id}/cong-bo")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response publish(@PathParam("id") @Size(max = 64) String id, @BeanParam PublishFields form) {
        formToken.require(form);
        if (FormFields.blank(form.text)) {
            return page(id, "", MISSING, null);
        }
        Checklist[] published = new Checklist[1];
        Refusal refused;
        try {
            ChecklistUpload upload = ChecklistUpload.read(form.text);
            refused = Refusal.sending(() -> published[0] = upload.publish(sessions, form.key,
                    FormFields.etag(form.version), id));
        } catch (ChecklistUpload.Unreadable e) {
            refused = Refusal.of(e.problem);
        }
        if (refused.any()) {
            return page(id, form.text, refused, null);
        }
        return Response.seeOther(URI.create("/danh-muc-kiem-diem/" + Links.encode(id) + "?da="
                + published[0].version())).build();
    }

    private Response page(String id, String typed, Refusal refusal, String notice) {
        return Html.page(refusal.any() ? refusal.status() : 200, new ChecklistPage(sessions.checklist(id),
                user.has("admin"), typed, refusal, where(refusal), UUID.randomUUID().toString(), notice).render());
    }

    private static Refusal refusal(String rule, String message) {
        Problem problem = new Problem(Problem.TYPE_PREFIX + rule, "Bad Request", 400, message, "noiDung", null);
        return new Refusal(problem, Map.of("noiDung", message), message);
    }

    /** Where in the list the fault is, in words: its group and item, or the CSV's line. */
    static String where(Refusal refusal) {
        if (!refusal.any() || refusal.problem() == null) {
            return "";
        }
        Problem problem = refusal.problem();
        Matcher line = LINE.matcher(problem.detail() == null ? "" : problem.detail());
        if (line.find()) {
            return "Dòng " + line.group(1) + " của tệp.";
        }
        Matcher item = ITEM.matcher(problem.field() == null ? "" : problem.field());
        if (item.find()) {
            int group = Integer.parseInt(item.group(1)) + 1;
            return item.group(2) == null
                    ? "Nhóm thứ " + group + " của danh mục."
                    : "Nhóm thứ " + group + ", mục thứ " + (Integer.parseInt(item.group(2)) + 1) + " của danh mục.";
        }
        return "";
    }

    /** The file's text in UTF-8, as the spreadsheet exports it; another encoding is refused, not guessed. */
    private static String read(FileUpload file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(
                    file.uploadedFile()))).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ChecklistUpload.Unreadable(new Problem(Problem.TYPE_PREFIX + "charset-unknown",
                    "Unsupported Media Type", 415, "the file is not UTF-8", "tep", null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
