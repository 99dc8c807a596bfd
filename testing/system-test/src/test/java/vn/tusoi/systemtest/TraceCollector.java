package vn.tusoi.systemtest;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

import com.google.protobuf.ByteString;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;

/**
 * A trace collector of the test's own: OTLP over HTTP ({@code POST /v1/traces}, protobuf, gzip or not), as a
 * collector receives what the services export; keeps every span it is sent.
 */
final class TraceCollector implements AutoCloseable {

    /** A span as received: ids in hex, the service from its resource, attributes as strings. */
    record CollectedSpan(String service, String traceId, String spanId, String parentSpanId, String name,
            Span.SpanKind kind, Map<String, String> attributes, List<String> links) {
    }

    private final HttpServer server;
    private final List<CollectedSpan> spans = new CopyOnWriteArrayList<>();
    private final Set<String> paths = ConcurrentHashMap.newKeySet();

    private TraceCollector(HttpServer server) {
        this.server = server;
    }

    static TraceCollector start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        TraceCollector collector = new TraceCollector(server);
        server.createContext("/", collector::receive);
        server.start();
        return collector;
    }

    /** The base a service's OTLP exporter is given; it posts to {@code /v1/traces} below it. */
    String endpoint() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    List<CollectedSpan> trace(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    /** What was received, for a failure's message: the number of spans per service and each of this trace's. */
    String received(String traceId) {
        Map<String, Long> perService = new HashMap<>();
        spans.forEach(span -> perService.merge(span.service(), 1L, Long::sum));
        return "spans received per service " + perService + ", paths " + paths + "; of trace " + traceId + ": "
                + trace(traceId).stream().map(span -> span.service() + " " + span.kind() + " " + span.name() + " "
                        + span.spanId() + "<-" + span.parentSpanId()).toList();
    }

    private void receive(HttpExchange exchange) throws IOException {
        paths.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
        try (exchange) {
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            ExportTraceServiceRequest request;
            try {
                request = ExportTraceServiceRequest.parseFrom(body.readAllBytes());
            } catch (IOException | RuntimeException e) {
                paths.add("unreadable: " + e);
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            for (ResourceSpans resource : request.getResourceSpansList()) {
                String service = strings(resource.getResource().getAttributesList()).get("service.name");
                for (ScopeSpans scope : resource.getScopeSpansList()) {
                    scope.getSpansList().forEach(span -> spans.add(collected(service, span)));
                }
            }
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    private static CollectedSpan collected(String service, Span span) {
        List<String> links = new ArrayList<>();
        span.getLinksList().forEach(link -> links.add(hex(link.getTraceId())));
        return new CollectedSpan(service, hex(span.getTraceId()), hex(span.getSpanId()),
                hex(span.getParentSpanId()), span.getName(), span.getKind(), strings(span.getAttributesList()),
                links);
    }

    private static Map<String, String> strings(List<KeyValue> attributes) {
        Map<String, String> values = new HashMap<>();
        for (KeyValue attribute : attributes) {
            AnyValue value = attribute.getValue();
            values.put(attribute.getKey(), switch (value.getValueCase()) {
                case STRING_VALUE -> value.getStringValue();
                case INT_VALUE -> String.valueOf(value.getIntValue());
                case BOOL_VALUE -> String.valueOf(value.getBoolValue());
                case DOUBLE_VALUE -> String.valueOf(value.getDoubleValue());
                default -> value.toString();
            });
        }
        return values;
    }

    private static String hex(ByteString bytes) {
        return HexFormat.of().formatHex(bytes.toByteArray());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
