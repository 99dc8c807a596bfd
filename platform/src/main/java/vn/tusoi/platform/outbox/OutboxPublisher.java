package vn.tusoi.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;

import vn.tusoi.platform.tracing.TraceContext;

/**
 * Sends outbox rows as Kafka records with the producer the {@value OutboxRelay#CHANNEL} channel's connector builds
 * from {@code mp.messaging.outgoing.outbox.*} (brokers, security, acknowledgements, idempotence, timeouts), handing each
 * straight to the Kafka client: through the channel's emitter each row became a message with its metadata, went
 * through the messaging pipeline with context propagation, and hopped threads twice before it reached the same
 * client. Each record has its producer span, a child of the trace its row was recorded in, and carries that span's
 * {@code traceparent}.
 */
@ApplicationScoped
class OutboxPublisher {

    private static final byte[] CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8"
            .getBytes(StandardCharsets.UTF_8);
    private static final long BATCH_SECONDS = 30;

    private final KafkaClientService clients;
    private final Tracer tracer;

    /**
     * @param channel declares the channel, so that its connector builds the producer; nothing is sent through it
     */
    OutboxPublisher(KafkaClientService clients, Tracer tracer,
            @Channel(OutboxRelay.CHANNEL) MutinyEmitter<String> channel) {
        this.clients = clients;
        this.tracer = tracer;
    }

    /**
     * Sends the rows in their order and waits for the broker's answer to each: empty when taken, else why not. Rows
     * not yet handed to the client when the batch's time is up get a timeout of their own (the broker away: each send
     * waits for the topic's metadata).
     */
    List<Optional<Throwable>> sendAll(List<OutboxEvent> batch) {
        Producer<String, String> producer = producer();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BATCH_SECONDS);
        List<CompletableFuture<Optional<Throwable>>> outcomes = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            outcomes.add(System.nanoTime() < deadline
                    ? send(producer, event)
                    : CompletableFuture.completedFuture(Optional.of(new TimeoutException("not sent within "
                            + BATCH_SECONDS + " s"))));
        }
        try {
            CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new))
                    .get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while relaying", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not acknowledge the batch", e);
        }
        return outcomes.stream().map(CompletableFuture::join).toList();
    }

    private CompletableFuture<Optional<Throwable>> send(Producer<String, String> producer, OutboxEvent event) {
        CompletableFuture<Optional<Throwable>> outcome = new CompletableFuture<>();
        Span span = tracer.spanBuilder(event.topic() + " publish").setSpanKind(SpanKind.PRODUCER)
                .setParent(TraceContext.of(event.traceparent()))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", event.topic())
                .setAttribute("messaging.operation", "publish")
                .startSpan();
        Headers headers = new RecordHeaders().add("content-type", CONTENT_TYPE);
        W3CTraceContextPropagator.getInstance().inject(Context.root().with(span), headers,
                (carrier, key, value) -> carrier.add(key, value.getBytes(StandardCharsets.US_ASCII)));
        try {
            producer.send(new ProducerRecord<>(event.topic(), null, event.messageKey(), event.cloudEvent(), headers),
                    (metadata, failure) -> {
                        if (failure != null) {
                            span.recordException(failure);
                            span.setStatus(StatusCode.ERROR);
                        }
                        span.end();
                        outcome.complete(Optional.ofNullable(failure));
                    });
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            span.end();
            outcome.complete(Optional.of(e));
        }
        return outcome;
    }

    private Producer<String, String> producer() {
        var channel = clients.<String, String>getProducer(OutboxRelay.CHANNEL);
        if (channel == null) {
            throw new IllegalStateException("the " + OutboxRelay.CHANNEL + " channel has no Kafka producer");
        }
        return channel.unwrap();
    }
}
