package dev.quorum.voting.vote.web;

import dev.quorum.platform.openapi.ProblemResponse;
import dev.quorum.platform.problem.ConflictException;
import dev.quorum.platform.problem.InvalidInputException;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.voting.rules.domain.Choice;
import dev.quorum.voting.vote.application.BallotCasting;
import dev.quorum.voting.vote.domain.BallotRefusedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Ballots: a delegate for its own seat, or the chair recording a seat's placard. */
@RestController
@Tag(name = "Votes")
class BallotController {
    private final BallotCasting casting;

    BallotController(BallotCasting casting) {
        this.casting = casting;
    }

    /** A seat's answer; {@code withRights} (yes or no only) defaults to false. */
    record BallotRequest(
            @NotBlank @Size(max = 64) String seatId,
            @NotNull Choice choice,
            Boolean withRights) {}

    /** The seat's counted ballot and the vote's counts and status after it. */
    record BallotResponse(
            String voteId,
            String seatId,
            String choice,
            boolean withRights,
            int revision,
            String voteStatus,
            VoteResponse.CountsBody counts) {}

    @PostMapping("/api/votes/{voteId}/ballots")
    @Operation(
            summary = "Cast a ballot",
            description = "A delegate for the seat it sits on (its token's seat, confirmed by registration's latest "
                    + "seating), or the committee's chair (or the Secretariat) recording any seat's placard. Choices YES, "
                    + "NO, ABSTAIN (where the rule allows), PASS (roll call, once; then YES or NO); withRights with YES or "
                    + "NO. One ballot per seat: the same answer again is a retry and answers as the first did; another "
                    + "answer is 409 unless the rule allows changes (or the seat passed). The ballot is counted when this "
                    + "answers (200); the vote closes itself when every seat that may vote did. Publishes BallotCast "
                    + "(counts only on secret votes).")
    @ProblemResponse(
            status = 403,
            description = "A delegate casting for a seat it does not sit on, or a chair of another committee.")
    @ProblemResponse(
            status = 409,
            description =
                    "The vote is closed, the seat may not vote in it (absent, or not eligible), or the seat voted "
                            + "already and the rule allows no change; with Retry-After when another ballot of the seat is being "
                            + "counted.")
    BallotResponse cast(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String voteId,
            @Valid @RequestBody BallotRequest request) {
        try {
            BallotCasting.Cast cast = casting.cast(
                    QuorumPrincipal.from(jwt),
                    voteId,
                    request.seatId(),
                    request.choice(),
                    Boolean.TRUE.equals(request.withRights()));
            return new BallotResponse(
                    voteId,
                    cast.seatId(),
                    cast.ballot().choice().name(),
                    cast.ballot().withRights(),
                    cast.ballot().revision(),
                    cast.vote().status().name(),
                    VoteResponse.countsOf(cast.vote()));
        } catch (BallotRefusedException e) {
            throw switch (e.reason()) {
                case CHOICE_NOT_ALLOWED -> new InvalidInputException("choice", e.getMessage());
                case RIGHTS_NOT_ALLOWED -> new InvalidInputException("withRights", e.getMessage());
                case CLOSED, NOT_ELIGIBLE, ALREADY_VOTED -> new ConflictException(e.getMessage());
            };
        }
    }
}
