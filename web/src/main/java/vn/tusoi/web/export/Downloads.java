package vn.tusoi.web.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** A download's response: its media type and a file name (ASCII, with the UTF-8 name beside it). */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private Downloads() {
    }

    public static Response xlsx(Sheet sheet, String fileName) {
        StreamingOutput body = out -> SheetWriter.write(sheet, out);
        return attachment(Response.ok(body, XLSX), fileName + ".xlsx");
    }

    public static Response attachment(Response.ResponseBuilder response, String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return response.header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20")).build();
    }
}
