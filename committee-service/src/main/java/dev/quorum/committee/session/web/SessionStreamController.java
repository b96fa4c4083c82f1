package dev.quorum.committee.session.web;

import dev.quorum.committee.session.application.SessionCommands;
import dev.quorum.platform.problem.NotFoundException;
import dev.quorum.platform.security.QuorumPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The live stream of a session (Server-Sent Events). */
@RestController
@Validated
@Tag(name = "Sessions")
class SessionStreamController {
    private final SessionCommands sessions;
    private final SessionStreamHub hub;

    SessionStreamController(SessionCommands sessions, SessionStreamHub hub) {
        this.sessions = sessions;
        this.hub = hub;
    }

    @GetMapping(path = "/api/sessions/{id}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(
            summary = "Follow a session live",
            description = "Server-Sent Events: a ':connected' comment, then the whole session (as GET "
                    + "/api/sessions/{id}) as event 'session' with id = its version, again after every change; "
                    + "a ':heartbeat' comment every 15 s. Resume with Last-Event-ID: nothing is sent until "
                    + "the next change if the client already has the current version.")
    SseEmitter stream(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = SessionRequests.ID) String id,
            @Parameter(description = "The id of the last event received.")
                    @RequestHeader(name = "Last-Event-ID", required = false)
                    @Pattern(regexp = "\\d{1,18}")
                    String lastEventId) {
        if (!sessions.canFollow(QuorumPrincipal.from(jwt), id)) {
            throw new NotFoundException("No session " + id + ".");
        }
        return hub.subscribe(id, lastEventId == null ? null : Long.valueOf(lastEventId));
    }
}
