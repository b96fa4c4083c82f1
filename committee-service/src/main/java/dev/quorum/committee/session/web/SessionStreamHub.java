package dev.quorum.committee.session.web;

import dev.quorum.committee.session.application.LiveSessions;
import dev.quorum.committee.session.application.SessionCommands;
import dev.quorum.committee.session.application.SessionView;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open live streams of this instance, per session. On each change it reads the session once,
 * serializes it once, and sends the same text to every stream of that session: the cost of a change
 * does not grow with the number of watchers, and no client causes a store query after connecting
 * (ADR 16). Event ids are the session's version; a client resuming with {@code Last-Event-ID} at the
 * current version gets nothing until the next change, an older one gets the current state.
 */
@Component
class SessionStreamHub implements LiveSessions, SmartLifecycle {
    static final String EVENT_NAME = "session";
    private static final PreparedEvent HEARTBEAT_EVENT =
            PreparedEvent.of(SseEmitter.event().comment("heartbeat"));

    private final SessionCommands sessions;
    private final JsonMapper json;
    private final Map<String, Watched> watched = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "session-stream-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private final Duration heartbeat;
    private volatile boolean running;

    /** @param heartbeat how long an idle stream waits for a comment (proxies drop silent connections) */
    SessionStreamHub(
            SessionCommands sessions,
            JsonMapper json,
            @Value("${quorum.committee.stream-heartbeat:PT15S}") Duration heartbeat) {
        this.sessions = sessions;
        this.json = json;
        this.heartbeat = heartbeat;
    }

    /** A stream for a caller already allowed to follow the session. */
    SseEmitter subscribe(String sessionId, Long lastEventId) {
        SseEmitter emitter = new SseEmitter(0L);
        Watched w = watched.computeIfAbsent(sessionId, id -> new Watched());
        emitter.onCompletion(() -> w.emitters.remove(emitter));
        emitter.onError(e -> w.emitters.remove(emitter));
        synchronized (w) {
            try {
                emitter.send(SseEmitter.event().comment("connected"));
                refresh(sessionId, w);
                if (w.version > 0 && (lastEventId == null || lastEventId < w.version)) {
                    emitter.send(w.event);
                }
                w.emitters.add(emitter);
            } catch (IOException e) {
                emitter.completeWithError(e);
            }
        }
        return emitter;
    }

    @Override
    public void changed(String sessionId) {
        Watched w = watched.get(sessionId);
        if (w == null) {
            return;
        }
        synchronized (w) {
            refresh(sessionId, w);
            if (w.emitters.isEmpty()) {
                watched.remove(sessionId, w);
            }
        }
    }

    /** Reads the session once and, if it moved on, sends the new state to every stream of it. */
    private void refresh(String sessionId, Watched w) {
        SessionView view = sessions.snapshot(sessionId).orElse(null);
        if (view == null || view.version() <= w.version) {
            return; // an older event, or one of several from the same write
        }
        w.latest(view, json);
        w.emitters.forEach(emitter -> send(w, emitter, w.event));
    }

    private void heartbeat() {
        watched.values().forEach(w -> {
            synchronized (w) {
                w.emitters.forEach(emitter -> send(w, emitter, HEARTBEAT_EVENT));
            }
        });
    }

    private static void send(Watched w, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            w.emitters.remove(emitter);
        }
    }

    @Override
    public void start() {
        heartbeats.scheduleWithFixedDelay(
                this::heartbeat, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
        running = true;
    }

    /** Completes every stream before graceful shutdown, which would otherwise wait for them. */
    @Override
    public void stop() {
        running = false;
        heartbeats.shutdownNow();
        watched.values().forEach(w -> w.emitters.forEach(SseEmitter::complete));
        watched.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The streams of one session and the last state sent to them, serialized once. */
    private static final class Watched {
        final Set<SseEmitter> emitters = new CopyOnWriteArraySet<>();
        long version;
        PreparedEvent event;

        void latest(SessionView view, JsonMapper json) {
            version = view.version();
            event = PreparedEvent.of(SseEmitter.event()
                    .id(Long.toString(version))
                    .name(EVENT_NAME)
                    .data(json.writeValueAsString(view), MediaType.APPLICATION_JSON));
        }
    }
}
