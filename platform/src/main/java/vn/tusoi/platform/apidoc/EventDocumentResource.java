package vn.tusoi.platform.apidoc;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.databind.JsonNode;

/** The AsyncAPI 3.0 document of the topics this service publishes, public beside its OpenAPI document. */
@Path("/q/asyncapi")
public class EventDocumentResource {

    private final EventDocument events;

    public EventDocumentResource(EventDocument events) {
        this.events = events;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true) // a document beside the API, as /q/openapi is, not an operation of it
    public JsonNode document() {
        return events.document();
    }
}
