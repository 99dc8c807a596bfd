package vn.tusoi.web.layout;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A rendered page with its status: 200, or the status of the refusal the page shows. */
public final class Html {

    private Html() {
    }

    public static Response page(int status, String html) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    /** A page no cache may keep (a self-review). */
    public static Response unstored(int status, String html) {
        return Response.fromResponse(page(status, html)).header("Cache-Control", "no-store").build();
    }
}
