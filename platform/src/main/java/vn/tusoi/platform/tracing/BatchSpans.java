package vn.tusoi.platform.tracing;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/**
 * A consumed batch as one span: it continues the trace of the batch's first sampled record (else its first traced one)
 * and links the other records' traces (at most {@value #MAX_LINKS}), so that whatever the batch records in the outbox
 * (a roll-up's event) carries a trace that leads back to the changes that caused it.
 */
@ApplicationScoped
public class BatchSpans {

    static final int MAX_LINKS = 128;

    private final Tracer tracer;

    public BatchSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    public <T> T within(String name, ConsumerRecords<String, String> consumed, Supplier<T> work) {
        Set<SpanContext> traced = new LinkedHashSet<>();
        for (ConsumerRecord<String, String> record : consumed) {
            SpanContext context = TraceContext.of(record.headers());
            if (context.isValid() && traced.size() <= MAX_LINKS) {
                traced.add(context);
            }
        }
        SpanBuilder builder = tracer.spanBuilder(name).setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.batch.message_count", (long) consumed.count());
        if (traced.isEmpty()) {
            builder.setNoParent();
        } else {
            SpanContext parent = traced.stream().filter(SpanContext::isSampled).findFirst()
                    .orElse(traced.iterator().next());
            builder.setParent(Context.root().with(Span.wrap(parent)));
            traced.stream().filter(context -> !context.equals(parent)).forEach(builder::addLink);
        }
        Span span = builder.startSpan();
        try (Scope scope = span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }
}
