package dev.quorum.committee.session.web;

import static dev.quorum.committee.session.web.FloorController.OWN_SEAT;
import static dev.quorum.committee.session.web.SessionController.CHAIR_ONLY;
import static dev.quorum.committee.session.web.SessionController.STATE;

import dev.quorum.committee.session.application.SessionCommands;
import dev.quorum.committee.session.application.SessionCommands.Permission;
import dev.quorum.committee.session.application.SessionView;
import dev.quorum.committee.session.domain.MotionRequest;
import dev.quorum.platform.openapi.ProblemResponse;
import dev.quorum.platform.security.QuorumPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Motions: raised for a seat, taken in precedence, decided by the chair or sent to a vote. */
@RestController
@Validated
@RequestMapping("/api/sessions/{id}/motions")
@Tag(name = "Sessions")
class MotionController {
    private final SessionCommands sessions;

    MotionController(SessionCommands sessions) {
        this.sessions = sessions;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Raise a motion for a seat",
            description =
                    "By the chair, or by the seat's delegate. "
                            + "Pending motions are listed in the profile's precedence (moderated caucuses: longer total time first).")
    @ProblemResponse(status = 403, description = OWN_SEAT)
    @ProblemResponse(status = 409, description = STATE)
    SessionView raise(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = SessionRequests.ID) String id,
            @Valid @RequestBody SessionRequests.RaiseMotion body) {
        String motionId = UUID.randomUUID().toString();
        MotionRequest request = new MotionRequest(
                body.type(), body.seatId(), body.durationSeconds(), body.speakingTimeSeconds(), body.topic());
        return sessions.change(
                QuorumPrincipal.from(jwt),
                id,
                Permission.seat(body.seatId()),
                (s, now) -> s.motions().raise(motionId, request, now));
    }

    @PostMapping("/{motionId}/vote")
    @Operation(
            summary = "Send the first pending motion to a vote",
            description =
                    "Publishes VoteRequested with "
                            + "the profile's rule and the eligible seats' attendance; the VoteClosed answer applies the outcome.")
    @ProblemResponse(status = 403, description = CHAIR_ONLY)
    @ProblemResponse(status = 409, description = STATE)
    SessionView vote(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = SessionRequests.ID) String id,
            @PathVariable @Size(max = SessionRequests.ID) String motionId) {
        String voteId = UUID.randomUUID().toString();
        return sessions.change(
                QuorumPrincipal.from(jwt),
                id,
                Permission.chair(),
                (s, now) -> s.motions().sendToVote(motionId, voteId, now));
    }

    @PostMapping("/{motionId}/decide")
    @Operation(
            summary = "Decide a motion by acclamation, or rule it dilatory or out of order",
            description = "Adoption or rejection only for the first pending motion; a ruling for any pending one.")
    @ProblemResponse(status = 403, description = CHAIR_ONLY)
    @ProblemResponse(status = 409, description = STATE)
    SessionView decide(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = SessionRequests.ID) String id,
            @PathVariable @Size(max = SessionRequests.ID) String motionId,
            @Valid @RequestBody SessionRequests.Decide body) {
        return sessions.change(
                QuorumPrincipal.from(jwt),
                id,
                Permission.chair(),
                (s, now) -> s.motions().decide(motionId, body.decision(), now));
    }
}
