package dev.quorum.voting.vote.web;

import dev.quorum.voting.vote.application.VoteChanges;
import dev.quorum.voting.vote.application.VoteRepository;
import dev.quorum.voting.vote.domain.Vote;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live tallies (design section 8): per vote, its newest state is serialized once and the same
 * text goes to every open stream. Ballots counted here arrive through {@link VoteChanges}; a slow
 * poll (one read per watched vote, never per client) catches those counted by other instances.
 * Tallies are coalesced (at most one event per vote every {@value #FLUSH_MILLIS} ms while 400
 * seats vote); the close is sent at once. The event id is the vote's version, so a client that
 * resumes with {@code Last-Event-ID} gets the current state only if it changed since.
 */
@Component
class VoteStreams implements VoteChanges {
    static final long FLUSH_MILLIS = 50;

    private final Map<String, Channel> channels = new ConcurrentHashMap<>();
    private final VoteRepository votes;
    private final JsonMapper json;

    VoteStreams(VoteRepository votes, JsonMapper json) {
        this.votes = votes;
        this.json = json;
    }

    SseEmitter subscribe(Vote vote, long lastEventId) {
        SseEmitter emitter = new SseEmitter(0L);
        Channel channel = channels.computeIfAbsent(vote.id(), id -> new Channel());
        try {
            // Headers reach the client (and the gateway) only with the first write.
            emitter.send(SseEmitter.event().comment("connected"));
            if (vote.version() > lastEventId) {
                emitter.send(event(vote));
            }
        } catch (IOException e) {
            emitter.completeWithError(e);
            return emitter;
        }
        if (!vote.isOpen()) {
            emitter.complete();
            return emitter;
        }
        channel.emitters.add(emitter);
        emitter.onCompletion(() -> channel.emitters.remove(emitter));
        emitter.onTimeout(() -> channel.emitters.remove(emitter));
        emitter.onError(e -> channel.emitters.remove(emitter));
        changed(vote);
        return emitter;
    }

    @Override
    public void changed(Vote vote) {
        Channel channel = channels.get(vote.id());
        if (channel == null) {
            return;
        }
        channel.latest.accumulateAndGet(vote, (a, b) -> a == null || b.version() > a.version() ? b : a);
        if (!vote.isOpen()) {
            flush(vote.id(), channel);
        }
    }

    @Scheduled(fixedDelay = FLUSH_MILLIS)
    void flushAll() {
        channels.forEach(this::flush);
    }

    /** Other instances count ballots too: one read per watched vote, of its counts only. */
    @Scheduled(fixedDelayString = "${quorum.voting.stream-poll:PT1S}")
    void poll() {
        channels.keySet().forEach(id -> votes.findState(id).ifPresent(this::changed));
    }

    @Scheduled(fixedDelayString = "${quorum.voting.stream-heartbeat:PT15S}")
    void heartbeat() {
        channels.values().forEach(c -> c.sendToAll(SseEmitter.event().comment("heartbeat")));
    }

    @PreDestroy
    void completeAll() {
        channels.values().forEach(c -> c.emitters.forEach(SseEmitter::complete));
        channels.clear();
    }

    private synchronized void flush(String voteId, Channel channel) {
        Vote vote = channel.latest.get();
        if (vote == null || vote.version() <= channel.sent) {
            return;
        }
        if (vote.namesPublic()) {
            // Changes from the ballot path and the poll carry one seat's ballot or none; names need all.
            vote = votes.find(voteId).orElse(vote);
        }
        channel.sent = vote.version();
        channel.sendToAll(event(vote));
        if (!vote.isOpen()) {
            channel.emitters.forEach(SseEmitter::complete);
            channels.remove(voteId, channel);
        } else if (channel.emitters.isEmpty()) {
            channels.remove(voteId, channel);
        }
    }

    private SseEmitter.SseEventBuilder event(Vote vote) {
        return SseEmitter.event()
                .id(Long.toString(vote.version()))
                .name(vote.isOpen() ? "tally" : "closed")
                .data(json.writeValueAsString(VoteResponse.of(vote)), MediaType.APPLICATION_JSON);
    }

    private static final class Channel {
        final List<SseEmitter> emitters = new CopyOnWriteArrayList<>();
        final AtomicReference<Vote> latest = new AtomicReference<>();
        long sent;

        void sendToAll(SseEmitter.SseEventBuilder event) {
            for (SseEmitter emitter : emitters) {
                try {
                    emitter.send(event);
                } catch (IOException | IllegalStateException e) {
                    emitters.remove(emitter);
                }
            }
        }
    }
}
