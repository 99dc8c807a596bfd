package vn.tusoi.session.rest;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import vn.tusoi.session.mapping.SessionMapper;
import vn.tusoi.session.service.SessionService;

@Path("/api/v1/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    private final SessionService sessions;
    private final SessionMapper mapper;

    public SessionResource(SessionService sessions, SessionMapper mapper) {
        this.sessions = sessions;
        this.mapper = mapper;
    }

    @GET
    @Path("/{id}")
    public SessionView get(@PathParam("id") UUID id) {
        return mapper.toView(sessions.get(id));
    }
}
