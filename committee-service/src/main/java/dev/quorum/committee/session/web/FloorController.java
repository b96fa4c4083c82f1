package dev.quorum.committee.session.web;

import static dev.quorum.committee.session.web.SessionController.CHAIR_ONLY;
import static dev.quorum.committee.session.web.SessionController.STATE;

import dev.quorum.committee.session.application.SessionCommands;
import dev.quorum.committee.session.application.SessionCommands.Permission;
import dev.quorum.committee.session.application.SessionView;
import dev.quorum.committee.session.domain.Speaker;
import dev.quorum.platform.openapi.ProblemResponse;
import dev.quorum.platform.security.QuorumPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The floor: the speakers list in use, the next speaker, yields and points. */
@RestController
@Validated
@RequestMapping("/api/sessions/{id}")
@Tag(name = "Sessions")
class FloorController {
    static final String OWN_SEAT =
            "A delegate acting for a seat that is not theirs, or a caller who does not run " + "the committee.";

    private final SessionCommands sessions;

    FloorController(SessionCommands sessions) {
        this.sessions = sessions;
    }

    @PostMapping("/speakers")
    @Operation(
            summary = "Add a seat to the speakers list in use",
            description = "The general list in formal "
                    + "debate, the caucus's own list in a moderated caucus. One entry per seat, present seats only.")
    @ProblemResponse(status = 403, description = OWN_SEAT)
    @ProblemResponse(status = 409, description = STATE)
    SessionView add(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = SessionRequests.ID) String id,
            @Valid @RequestBody SessionRequests.SpeakerEntry body) {
        return sessions.change(
                QuorumPrincipal.from(jwt),
                id,
                Permission.seat(body.seatId()),
                (s, now) -> s.floor().addSpeaker(body.seatId()));
    }

    @PutMapping("/speakers")
    @Operation(summary = "Reorder the speakers list in use", description = "The same seats, each once.")
    @ProblemResponse(status = 403, description = CHAIR_ONLY)
    @ProblemResponse(status = 409, description = STATE)
    SessionView reorder(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = SessionRequests.ID) String id,
            @Valid @RequestBody SessionRequests.Reorder body) {
        return sessions.change(
                QuorumPrincipal.from(jwt),
                id,
                Permission.chair(),
                (s, now) -> s.floor().reorder(body.queue()));
    }

    @DeleteMapping("/speakers/{seatId}")
    @Operation(summary = "Take a seat off the speakers list in use")
    @ProblemResponse(status = 403, description = OWN_SEAT)
    @ProblemResponse(status = 409, description = STATE)
    SessionView remove(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = SessionRequests.ID) String id,
            @PathVariable @Size(max = SessionRequests.ID) String seatId) {
        return sessions.change(
                QuorumPrincipal.from(jwt),
                id,
                Permission.seat(seatId),
                (s, now) -> s.floor().removeSpeaker(seatId));
    }

    @PostMapping("/speakers/next")
    @Operation(summary = "Give the floor to the next speaker, with a fresh speaking-time timer")
    @ProblemResponse(status = 403, description = CHAIR_ONLY)
    @ProblemResponse(status = 409, description = STATE)
    SessionView next(@AuthenticationPrincipal Jwt jwt, @PathVariable @Size(max = SessionRequests.ID) String id) {
        return sessions.change(
                QuorumPrincipal.from(jwt),
                id,
                Permission.chair(),
                (s, now) -> s.floor().next(now));
    }

    @PostMapping("/speakers/yield")
    @Operation(
            summary = "The current speaker yields to the chair, to questions or to another delegate",
            description =
                    "By the chair or the speaker's delegate. A delegate who received a yield may not " + "yield again.")
    @ProblemResponse(status = 403, description = OWN_SEAT)
    @ProblemResponse(status = 409, description = STATE)
    SessionView yieldFloor(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = SessionRequests.ID) String id,
            @Valid @RequestBody SessionRequests.Yield body) {
        Permission speakerOrChair = (access, caller, committee, session) -> {
            Speaker speaker = session.data().currentSpeaker();
            if (speaker == null) {
                access.requireChair(caller, committee);
            } else {
                access.requireSeat(caller, committee, speaker.seatId());
            }
        };
        return sessions.change(
                QuorumPrincipal.from(jwt),
                id,
                speakerOrChair,
                (s, now) -> s.floor().yieldFloor(body.to(), body.seatId(), now));
    }

    @PostMapping("/points")
    @Operation(summary = "Raise a point (personal privilege, order, parliamentary inquiry, information)")
    @ProblemResponse(status = 403, description = OWN_SEAT)
    @ProblemResponse(status = 409, description = STATE)
    SessionView raisePoint(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = SessionRequests.ID) String id,
            @Valid @RequestBody SessionRequests.RaisePoint body) {
        String pointId = UUID.randomUUID().toString();
        return sessions.change(
                QuorumPrincipal.from(jwt),
                id,
                Permission.seat(body.seatId()),
                (s, now) -> s.floor().raisePoint(pointId, body.type(), body.seatId(), body.text(), now));
    }

    @PostMapping("/points/{pointId}/resolve")
    @Operation(summary = "The chair resolves a point, with an optional ruling")
    @ProblemResponse(status = 403, description = CHAIR_ONLY)
    @ProblemResponse(status = 409, description = STATE)
    SessionView resolvePoint(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = SessionRequests.ID) String id,
            @PathVariable @Size(max = SessionRequests.ID) String pointId,
            @Valid @RequestBody SessionRequests.ResolvePoint body) {
        return sessions.change(
                QuorumPrincipal.from(jwt),
                id,
                Permission.chair(),
                (s, now) -> s.floor().resolvePoint(pointId, body.ruling()));
    }
}
