package vn.tusoi.platform.tracing;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * The W3C {@code traceparent} of a trace, written down and read back: stored with an outbox row so the relay's record
 * continues the trace of the request that recorded it, read from a consumed record's header.
 */
public final class TraceContext {

    public static final String HEADER = "traceparent";

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private TraceContext() {
    }

    /** The current span's traceparent, or null outside a trace. */
    public static String current() {
        if (!Span.current().getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>(2);
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get(HEADER);
    }

    /** The context a stored or received traceparent names; the root context when it is absent or malformed. */
    public static Context of(String traceparent) {
        if (traceparent == null) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), Map.of(HEADER, traceparent), MAP);
    }

    /** The span a consumed record's {@code traceparent} header names; invalid when it has none. */
    public static SpanContext of(Headers headers) {
        Header header = headers.lastHeader(HEADER);
        if (header == null) {
            return SpanContext.getInvalid();
        }
        return Span.fromContext(of(new String(header.value(), StandardCharsets.US_ASCII))).getSpanContext();
    }
}
