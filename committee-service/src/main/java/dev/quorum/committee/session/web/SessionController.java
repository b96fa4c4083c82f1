package dev.quorum.committee.session.web;

import dev.quorum.committee.session.application.SessionCommands;
import dev.quorum.committee.session.application.SessionCommands.Permission;
import dev.quorum.committee.session.application.SessionRepository;
import dev.quorum.committee.session.application.SessionView;
import dev.quorum.committee.session.domain.Session;
import dev.quorum.platform.openapi.ProblemResponse;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Opening and running a committee's session: state machine, roll call, timers. */
@RestController
@Validated
@Tag(name = "Sessions")
class SessionController {
    static final String CHAIR_ONLY = "The caller is not a chair of this committee nor its conference's Secretariat.";
    static final String STATE = "The session's state or the rules do not allow it now; the detail says why.";

    private final SessionCommands sessions;

    SessionController(SessionCommands sessions) {
        this.sessions = sessions;
    }

    @PostMapping("/api/committees/{committeeId}/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a session", description = "Starts in formal debate with every seat absent.")
    @ProblemResponse(status = 403, description = CHAIR_ONLY)
    @ProblemResponse(status = 409, description = "The committee has a session that is not adjourned, or no seats.")
    SessionView open(
            @AuthenticationPrincipal Jwt jwt, @PathVariable @Size(max = SessionRequests.ID) String committeeId) {
        return sessions.open(QuorumPrincipal.from(jwt), committeeId);
    }

    @GetMapping("/api/committees/{committeeId}/sessions")
    @Operation(
            summary = "List a committee's sessions",
            description = "Newest first (by openedAt): a summary of each; read a session for the rest. With "
                    + "open=true only the session that is not adjourned, if any (a committee has at most one), "
                    + "so a screen can find the session to follow. Readable by whoever may read the sessions "
                    + "one by one: the committee's chairs, members of its conference, its seated delegates.")
    @ProblemResponse(
            status = 404,
            description = "No such committee here, or the caller may not follow its sessions (as for a session).")
    PageResponse<SessionRepository.Summary> list(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = SessionRequests.ID) String committeeId,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        SessionRepository.Page result = sessions.list(QuorumPrincipal.from(jwt), committeeId, open, page, size);
        return new PageResponse<>(result.items(), page, size, result.total());
    }

    @GetMapping("/api/sessions/{id}")
    @Operation(summary = "A session: state, attendance and quorum, speakers lists, timers, motions, current vote")
    SessionView get(@AuthenticationPrincipal Jwt jwt, @PathVariable @Size(max = SessionRequests.ID) String id) {
        return sessions.get(QuorumPrincipal.from(jwt), id);
    }

    @PutMapping("/api/sessions/{id}/roll-call")
    @Operation(
            summary = "Record roll-call answers or late arrivals",
            description = "Seats not named keep their "
                    + "attendance; seats marked absent leave every speakers list. Publishes RollCallRecorded.")
    @ProblemResponse(status = 403, description = CHAIR_ONLY)
    @ProblemResponse(status = 409, description = STATE)
    SessionView rollCall(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = SessionRequests.ID) String id,
            @Valid @RequestBody SessionRequests.RollCall body) {
        var entries = body.entries().stream()
                .map(e -> Map.entry(e.seatId(), e.attendance()))
                .toList();
        return chair(jwt, id, (s, now) -> s.recordRollCall(entries));
    }

    @PostMapping("/api/sessions/{id}/suspend")
    @Operation(summary = "Suspend the session (ends a caucus under way)")
    @ProblemResponse(status = 403, description = CHAIR_ONLY)
    @ProblemResponse(status = 409, description = STATE)
    SessionView suspend(@AuthenticationPrincipal Jwt jwt, @PathVariable @Size(max = SessionRequests.ID) String id) {
        return chair(jwt, id, (s, now) -> s.suspend());
    }

    @PostMapping("/api/sessions/{id}/resume")
    @Operation(summary = "Resume a suspended session in formal debate")
    @ProblemResponse(status = 403, description = CHAIR_ONLY)
    @ProblemResponse(status = 409, description = STATE)
    SessionView resume(@AuthenticationPrincipal Jwt jwt, @PathVariable @Size(max = SessionRequests.ID) String id) {
        return chair(jwt, id, (s, now) -> s.resume());
    }

    @PostMapping("/api/sessions/{id}/adjourn")
    @Operation(
            summary = "Adjourn the session for good",
            description = "The committee may then change its seats " + "and rules, and open a new session.")
    @ProblemResponse(status = 403, description = CHAIR_ONLY)
    @ProblemResponse(status = 409, description = STATE)
    SessionView adjourn(@AuthenticationPrincipal Jwt jwt, @PathVariable @Size(max = SessionRequests.ID) String id) {
        return chair(jwt, id, (s, now) -> s.adjourn());
    }

    @PostMapping("/api/sessions/{id}/caucus/end")
    @Operation(summary = "End the caucus under way and return to formal debate")
    @ProblemResponse(status = 403, description = CHAIR_ONLY)
    @ProblemResponse(status = 409, description = STATE)
    SessionView endCaucus(@AuthenticationPrincipal Jwt jwt, @PathVariable @Size(max = SessionRequests.ID) String id) {
        return chair(jwt, id, (s, now) -> s.endCaucus());
    }

    @PostMapping("/api/sessions/{id}/voting/end")
    @Operation(
            summary = "End voting procedure and return to formal debate",
            description = "Once the votes after closure of debate are over: refused while a vote is under way. "
                    + "Motions still pending lapse; debate restarts on a fresh general speakers list.")
    @ProblemResponse(status = 403, description = CHAIR_ONLY)
    @ProblemResponse(status = 409, description = STATE)
    SessionView endVoting(@AuthenticationPrincipal Jwt jwt, @PathVariable @Size(max = SessionRequests.ID) String id) {
        return chair(jwt, id, (s, now) -> s.endVotingProcedure());
    }

    @PostMapping("/api/sessions/{id}/timer/pause")
    @Operation(summary = "Pause the speaker's timer (or the caucus timer when nobody speaks)")
    @ProblemResponse(status = 403, description = CHAIR_ONLY)
    @ProblemResponse(status = 409, description = STATE)
    SessionView pause(@AuthenticationPrincipal Jwt jwt, @PathVariable @Size(max = SessionRequests.ID) String id) {
        return chair(jwt, id, (s, now) -> s.floor().pauseTimer(now));
    }

    @PostMapping("/api/sessions/{id}/timer/resume")
    @Operation(summary = "Resume the paused timer from the time it had left")
    @ProblemResponse(status = 403, description = CHAIR_ONLY)
    @ProblemResponse(status = 409, description = STATE)
    SessionView resumeTimer(@AuthenticationPrincipal Jwt jwt, @PathVariable @Size(max = SessionRequests.ID) String id) {
        return chair(jwt, id, (s, now) -> s.floor().resumeTimer(now));
    }

    private SessionView chair(Jwt jwt, String id, BiConsumer<Session, Instant> change) {
        return sessions.change(QuorumPrincipal.from(jwt), id, Permission.chair(), change);
    }
}
