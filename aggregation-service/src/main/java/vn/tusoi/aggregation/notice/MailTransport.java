package vn.tusoi.aggregation.notice;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;

/** Hands a claimed e-mail, its text written by {@link MailText}, to the SMTP server through Quarkus Mailer. */
@ApplicationScoped
public class MailTransport {

    private final ReactiveMailer mailer;
    private final MailText text;

    public MailTransport(ReactiveMailer mailer, MailText text) {
        this.mailer = mailer;
        this.text = text;
    }

    /** Completes when the SMTP server has taken the e-mail, fails when it refused it or could not be reached. */
    public CompletionStage<Void> send(MailQueue.Claimed mail) {
        return mailer.send(Mail.withText(mail.address(), mail.title(), text.plain(mail)).setHtml(text.html(mail)))
                .subscribeAsCompletionStage();
    }
}
