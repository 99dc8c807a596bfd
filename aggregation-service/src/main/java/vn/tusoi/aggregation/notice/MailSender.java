package vn.tusoi.aggregation.notice;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends the e-mails due, on every replica at once: each claims its own batch ({@link MailQueue}), sends it through
 * the SMTP server ({@code notices.mail.concurrency} at a time over Quarkus Mailer's pooled connections) at the
 * configured pace, and records each outcome.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    private final MailQueue queue;
    private final Mailer mailer;
    private final NoticeClock clock;
    private final SendPace pace;
    private final MailText text;
    private final int batch;
    private final boolean enabled;
    private final ExecutorService senders;

    private final Counter sent;
    private final Counter refused;

    public MailSender(MailQueue queue, Mailer mailer, NoticeClock clock, SendPace pace, MailText text,
            MeterRegistry registry,
            @ConfigProperty(name = "notices.mail.batch", defaultValue = "50") int batch,
            @ConfigProperty(name = "notices.mail.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "notices.mail.concurrency", defaultValue = "4") int concurrency) {
        this.queue = queue;
        this.mailer = mailer;
        this.sent = Counter.builder("tusoi.notice.mails").tag("outcome", "sent")
                .description("Notices' e-mails the SMTP server took (sent) or refused (tried again or failed)")
                .register(registry);
        this.refused = Counter.builder("tusoi.notice.mails").tag("outcome", "refused")
                .description("Notices' e-mails the SMTP server took (sent) or refused (tried again or failed)")
                .register(registry);
        this.clock = clock;
        this.pace = pace;
        this.text = text;
        this.batch = batch;
        this.enabled = enabled;
        this.senders = Executors.newFixedThreadPool(concurrency, task -> {
            Thread thread = new Thread(task, "mail-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        senders.shutdown();
    }

    @Scheduled(every = "{notices.mail.poll-interval}", delayed = "{notices.mail.poll-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        if (!enabled) {
            return;
        }
        List<MailQueue.Claimed> claimed;
        do {
            claimed = queue.claim(batch, clock.now());
            CompletableFuture.allOf(claimed.stream()
                    .map(mail -> CompletableFuture.runAsync(() -> send(mail), senders))
                    .toArray(CompletableFuture[]::new)).join();
        } while (claimed.size() == batch);
    }

    private void send(MailQueue.Claimed mail) {
        pace.await(mail.address());
        try {
            mailer.send(Mail.withText(mail.address(), mail.title(), text.plain(mail))
                    .setHtml(text.html(mail)));
            queue.sent(mail, clock.now());
            sent.increment();
        } catch (RuntimeException e) {
            refused.increment();
            LOG.warnf("e-mail of notice %s not sent (attempt %d): %s", mail.noticeId(), mail.attempts(),
                    e.getMessage());
            queue.failed(mail, e.getClass().getSimpleName() + ": " + e.getMessage(), clock.now());
        }
    }
}
