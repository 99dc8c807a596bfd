package vn.tusoi.platform.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.logging.Log;
import io.quarkus.security.ForbiddenException;

/** Every error leaves as application/problem+json, with the field at fault where there is one. */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response rule(RuleViolation e) {
        Response response = respond(e.problem());
        if (e.retryAfterSeconds() != null) {
            response.getHeaders().putSingle("Retry-After", e.retryAfterSeconds());
        }
        return response;
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(leaf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(new Problem(Problem.type("invalid-input", 400), "Bad Request", 400, detail,
                errors.isEmpty() ? null : errors.get(0).field(), errors));
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? mapping.getPath().stream()
                        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[")
                : "body";
        return respond(Problem.of("unreadable-body", 400, "the body is not valid JSON of the expected shape: "
                + e.getOriginalMessage(), field));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of("role-not-allowed", 403, "your roles do not allow this", null));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        // a body that passed its limit while it was read: the reader reports it as unreadable, it was too large
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return rule(violation);
            }
        }
        int status = e.getResponse().getStatus();
        return respond(Problem.of(status, e.getMessage(), null));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        Optional<Problem> conflict = WriteConflicts.of(e);
        if (conflict.isPresent()) {
            Log.debugf("a write lost a race: %s", e.getMessage());
            return respond(conflict.get());
        }
        Log.error("unexpected error", e);
        return respond(Problem.of(500, "an unexpected error occurred", null));
    }

    /** The input at fault as the client wrote it: {@code title}, {@code [0].name}, {@code scopeKinds[1]}, {@code size}. */
    private static String leaf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            boolean named = switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER, CONTAINER_ELEMENT -> false;
                // a body parameter's own name means nothing to the client; a query parameter's does
                case PARAMETER -> i == nodes.size() - 1;
                default -> true;
            };
            if (named) {
                field.append(field.length() > 0 ? "." : "").append(node.getName());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
