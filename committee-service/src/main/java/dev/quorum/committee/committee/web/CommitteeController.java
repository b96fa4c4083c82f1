package dev.quorum.committee.committee.web;

import dev.quorum.committee.committee.application.CommitteeQueries;
import dev.quorum.committee.committee.application.CommitteeRepository;
import dev.quorum.platform.openapi.ProblemResponse;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.platform.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Committees of a conference. */
@RestController
@RequestMapping("/api/committees")
@Tag(name = "Committees")
class CommitteeController {
    private final CommitteeQueries committees;

    CommitteeController(CommitteeQueries committees) {
        this.committees = committees;
    }

    @GetMapping
    @Operation(
            summary = "List a conference's committees",
            description = "404 until this service has learnt of the conference from registration.events, "
                    + "and for conferences the caller does not belong to.")
    @ProblemResponse(
            status = 404,
            description = "The conference is unknown here yet, or the caller does not belong to it.")
    PageResponse<CommitteeRepository.Summary> list(
            @AuthenticationPrincipal Jwt jwt,
            @RequestParam @NotBlank @Size(max = 64) String conferenceId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "" + PageResponse.DEFAULT_SIZE) @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        CommitteeRepository.Page result = committees.list(QuorumPrincipal.from(jwt), conferenceId, page, size);
        return new PageResponse<>(result.items(), page, size, result.total());
    }
}
