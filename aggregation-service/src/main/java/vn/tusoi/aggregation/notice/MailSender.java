package vn.tusoi.aggregation.notice;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends the e-mails due, on every replica at once: each claims its own e-mails ({@link MailQueue}), sends them through
 * the SMTP server ({@code notices.mail.concurrency} at a time) at the configured pace, and records each outcome.
 * <p>
 * Each send is waited for {@code notices.mail.send-timeout} at most. One the server does not answer in that time may
 * have left, so it becomes UNCONFIRMED rather than tried again. Meanwhile it holds one sender, never the others: a new
 * claim is made as soon as half of the {@code notices.mail.batch} e-mails claimed are settled, whatever the rest do.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    private final MailQueue queue;
    private final MailTransport transport;
    private final NoticeClock clock;
    private final SendPace pace;
    private final Duration sendTimeout;
    private final boolean enabled;
    private final ExecutorService senders;
    /** One permit for each e-mail this replica may hold claimed and not yet settled. */
    private final Semaphore unsettled;
    private final int refill;

    private final Counter sent;
    private final Counter refused;
    private final Counter unanswered;

    public MailSender(MailQueue queue, MailTransport transport, NoticeClock clock, SendPace pace,
            MeterRegistry registry,
            @ConfigProperty(name = "notices.mail.batch", defaultValue = "50") int batch,
            @ConfigProperty(name = "notices.mail.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "notices.mail.concurrency", defaultValue = "4") int concurrency,
            @ConfigProperty(name = "notices.mail.send-timeout", defaultValue = "PT30S") Duration sendTimeout) {
        this.queue = queue;
        this.transport = transport;
        this.clock = clock;
        this.pace = pace;
        this.sendTimeout = sendTimeout;
        this.enabled = enabled;
        this.unsettled = new Semaphore(batch);
        this.refill = Math.max(1, batch / 2);
        String description = "Notices' e-mails the SMTP server took (sent), refused (tried again or failed) or did not"
                + " answer in time (unconfirmed)";
        this.sent = outcome(registry, "sent", description);
        this.refused = outcome(registry, "refused", description);
        this.unanswered = outcome(registry, "unconfirmed", description);
        this.senders = Executors.newFixedThreadPool(concurrency, task -> {
            Thread thread = new Thread(task, "mail-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    private static Counter outcome(MeterRegistry registry, String outcome, String description) {
        return Counter.builder("tusoi.notice.mails").tag("outcome", outcome).description(description)
                .register(registry);
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
        try {
            while (claimAndHandOut()) {
                // the claim was full: more may be due
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Claims as many e-mails as there is room for and hands them to the senders; true if the claim was full. */
    private boolean claimAndHandOut() throws InterruptedException {
        // room for a claim worth making; a send that hangs holds one permit until its timeout, not this loop
        if (!unsettled.tryAcquire(refill, sendTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return false;
        }
        int room = refill + unsettled.drainPermits();
        List<MailQueue.Claimed> claimed = List.of();
        try {
            claimed = queue.claim(room, clock.now());
        } finally {
            unsettled.release(room - claimed.size());
        }
        for (MailQueue.Claimed mail : claimed) {
            senders.execute(() -> {
                try {
                    send(mail);
                } finally {
                    unsettled.release();
                }
            });
        }
        return claimed.size() == room;
    }

    private void send(MailQueue.Claimed mail) {
        pace.await(mail.address());
        try {
            transport.send(mail).toCompletableFuture().get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            queue.sent(mail, clock.now());
            sent.increment();
        } catch (TimeoutException e) {
            unanswered.increment();
            LOG.warnf("e-mail of notice %s: the SMTP server did not answer in %s (attempt %d)", mail.noticeId(),
                    sendTimeout, mail.attempts());
            queue.unconfirmed(mail, "the SMTP server did not answer in " + sendTimeout.toSeconds()
                    + " s: the e-mail may have left, so it is not sent again unless re-sent");
        } catch (ExecutionException e) {
            refused(mail, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            refused(mail, e);
        }
    }

    private void refused(MailQueue.Claimed mail, Throwable cause) {
        refused.increment();
        LOG.warnf("e-mail of notice %s not sent (attempt %d): %s", mail.noticeId(), mail.attempts(),
                cause.getMessage());
        queue.failed(mail, cause.getClass().getSimpleName() + ": " + cause.getMessage(), clock.now());
    }
}
