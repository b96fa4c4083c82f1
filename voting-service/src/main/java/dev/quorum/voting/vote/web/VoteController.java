package dev.quorum.voting.vote.web;

import dev.quorum.platform.openapi.ProblemResponse;
import dev.quorum.platform.problem.InvalidInputException;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.platform.validation.PlainText;
import dev.quorum.platform.web.PageResponse;
import dev.quorum.voting.rules.domain.VoteKind;
import dev.quorum.voting.rules.domain.VoteMethod;
import dev.quorum.voting.vote.application.VoteClosing;
import dev.quorum.voting.vote.application.VoteOpening;
import dev.quorum.voting.vote.application.VoteQueries;
import dev.quorum.voting.vote.application.VoteRepository;
import dev.quorum.voting.vote.domain.Subject;
import dev.quorum.voting.vote.domain.SubjectType;
import dev.quorum.voting.vote.domain.Vote;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Vote procedures: opening ad-hoc votes, reading and listing votes, closing them. */
@RestController
@RequestMapping("/api/votes")
@Tag(name = "Votes", description = "Vote procedures, tallies and results.")
class VoteController {
    private final VoteOpening opening;
    private final VoteQueries queries;
    private final VoteClosing closing;

    VoteController(VoteOpening opening, VoteQueries queries, VoteClosing closing) {
        this.opening = opening;
        this.queries = queries;
        this.closing = closing;
    }

    /** What is voted on. */
    record SubjectRequest(
            @NotNull SubjectType type,
            @NotBlank @Size(max = 64) String id,
            @NotBlank @PlainText @Size(max = 300) String title) {}

    /** A chair's ad-hoc vote; {@code secret} defaults to false. */
    record CreateVoteRequest(
            @NotBlank @Size(max = 64) String committeeId,
            @NotBlank @Size(max = 64) String sessionId,
            @NotNull VoteKind kind,
            @NotNull VoteMethod method,
            @NotNull @Valid SubjectRequest subject,
            Boolean secret) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Open an ad-hoc vote",
            description =
                    "The committee's chair (or the conference's Secretariat) opens a vote on the session's latest "
                            + "roll call: its present seats (observers on procedural votes only) and the committee's rule for "
                            + "the kind of vote. Votes on motions and documents are usually opened by committee-service "
                            + "(VoteRequested). Publishes VoteOpened.")
    @ProblemResponse(status = 403, description = "The caller is not the committee's chair or the Secretariat.")
    @ProblemResponse(status = 404, description = "The session belongs to another conference.")
    @ProblemResponse(
            status = 409,
            description =
                    "The session has no roll call yet, its quorum to vote is not met, or no present seat may vote.")
    VoteResponse open(
            @AuthenticationPrincipal Jwt jwt,
            @Valid @RequestBody CreateVoteRequest request,
            HttpServletResponse response) {
        SubjectRequest s = request.subject();
        Vote vote = opening.openAdHoc(
                QuorumPrincipal.from(jwt),
                request.committeeId(),
                request.sessionId(),
                new Subject(s.type(), s.id(), s.title()),
                request.kind(),
                request.method(),
                Boolean.TRUE.equals(request.secret()));
        response.setHeader(HttpHeaders.LOCATION, "/api/votes/" + vote.id());
        return VoteResponse.of(vote);
    }

    @GetMapping("/{voteId}")
    @Operation(
            summary = "Read a vote",
            description =
                    "Status, counts so far, and once closed the threshold applied, why, and the outcome; per-seat "
                            + "ballots on open roll-call votes. For the conference's Secretariat, chairs and delegates; "
                            + "404 for others.")
    VoteResponse get(@AuthenticationPrincipal Jwt jwt, @PathVariable @Size(max = 64) String voteId) {
        return VoteResponse.of(queries.get(QuorumPrincipal.from(jwt), voteId));
    }

    @GetMapping
    @Operation(
            summary = "List a session's or a committee's votes",
            description = "Exactly one of sessionId and committeeId. Oldest first; empty for callers outside the "
                    + "conference.")
    PageResponse<VoteResponse> list(
            @AuthenticationPrincipal Jwt jwt,
            @RequestParam(required = false) @Size(min = 1, max = 64) String sessionId,
            @RequestParam(required = false) @Size(min = 1, max = 64) String committeeId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        if ((sessionId == null) == (committeeId == null)) {
            throw new InvalidInputException(
                    sessionId == null ? "sessionId" : "committeeId", "give exactly one of sessionId and committeeId");
        }
        VoteRepository.Page found = sessionId != null
                ? queries.list(QuorumPrincipal.from(jwt), VoteRepository.Filter.SESSION, sessionId, page, size)
                : queries.list(QuorumPrincipal.from(jwt), VoteRepository.Filter.COMMITTEE, committeeId, page, size);
        return new PageResponse<>(found.items().stream().map(VoteResponse::of).toList(), page, size, found.total());
    }

    @PostMapping("/{voteId}/close")
    @Operation(
            summary = "Close a vote",
            description =
                    "The committee's chair (or the Secretariat) closes the vote early: ballots counted before are in "
                            + "the result, later ones are refused. Publishes VoteClosed once; closing a closed vote answers it "
                            + "unchanged.")
    @ProblemResponse(status = 403, description = "The caller is not the committee's chair or the Secretariat.")
    @ProblemResponse(status = 409, description = "Ballots were being counted throughout; try again (Retry-After).")
    VoteResponse close(@AuthenticationPrincipal Jwt jwt, @PathVariable @Size(max = 64) String voteId) {
        queries.requireRun(QuorumPrincipal.from(jwt), voteId);
        return VoteResponse.of(closing.closeByChair(voteId));
    }
}
