package dev.quorum.voting.vote.web;

import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.voting.vote.application.VoteQueries;
import dev.quorum.voting.vote.domain.Vote;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The live tally of a vote as Server-Sent Events. */
@RestController
@Tag(name = "Votes")
class VoteStreamController {
    private final VoteQueries queries;
    private final VoteStreams streams;

    VoteStreamController(VoteQueries queries, VoteStreams streams) {
        this.queries = queries;
        this.streams = streams;
    }

    @GetMapping(path = "/api/votes/{voteId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(
            summary = "Follow a vote live",
            description = "Server-Sent Events: 'tally' events with the vote as GET /api/votes/{id} shows it (counts so "
                    + "far; seat names and choices only on open roll-call votes), then one 'closed' event with the "
                    + "result, after which the stream ends. Each event's id is the vote's version: reconnect with "
                    + "Last-Event-ID to get the current state only if it changed. A comment every 15 s keeps the "
                    + "connection open. Same readers as GET /api/votes/{id}.")
    SseEmitter stream(
            @AuthenticationPrincipal Jwt jwt,
            @PathVariable @Size(max = 64) String voteId,
            @RequestHeader(name = "Last-Event-ID", required = false) @Size(max = 20) String lastEventId) {
        Vote vote = queries.get(QuorumPrincipal.from(jwt), voteId);
        return streams.subscribe(vote, parse(lastEventId));
    }

    /** An unreadable id resumes from scratch: the client gets the current state. */
    private static long parse(String lastEventId) {
        if (lastEventId == null) {
            return 0;
        }
        try {
            return Long.parseLong(lastEventId.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
