package vn.tusoi.aggregation.notice;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** An e-mail's text, plain and HTML: the notice's words and the link to its page in the web front end. */
@ApplicationScoped
public class MailText {

    private final String webUrl;

    public MailText(@ConfigProperty(name = "notices.web-url", defaultValue = "http://localhost:8080") String webUrl) {
        this.webUrl = webUrl.endsWith("/") ? webUrl.substring(0, webUrl.length() - 1) : webUrl;
    }

    String plain(MailQueue.Claimed mail) {
        return mail.body() + "\n\nXem và báo cáo: " + webUrl + mail.link()
                + "\n\nThư này do hệ thống “Tự soi, tự sửa” gửi tự động; xin đừng trả lời thư.";
    }

    String html(MailQueue.Claimed mail) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><body>");
        for (String line : mail.body().split("\n")) {
            html.append("<p>").append(escape(line)).append("</p>");
        }
        html.append("<p><a href=\"").append(escape(webUrl + mail.link())).append("\">Xem và báo cáo</a></p>")
                .append("<p><small>Thư này do hệ thống “Tự soi, tự sửa” gửi tự động; xin đừng trả lời thư.</small>")
                .append("</p></body></html>");
        return html.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
