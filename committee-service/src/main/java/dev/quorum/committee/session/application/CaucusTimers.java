package dev.quorum.committee.session.application;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends caucuses whose timer ran out, so the server's clock, not a chair's click, closes them (ADR
 * 27). Every instance runs it; each end is a compare-and-set on the session, so however many
 * instances find the same caucus, it ends once and {@code CaucusEnded} is published once.
 */
@Component
public class CaucusTimers {
    private static final Logger log = LoggerFactory.getLogger(CaucusTimers.class);
    /** Caucuses ending in the same second across a conference are far fewer. */
    static final int BATCH = 200;

    private final SessionRepository sessions;
    private final SessionCommands commands;
    private final Clock clock;

    CaucusTimers(SessionRepository sessions, SessionCommands commands, Clock clock) {
        this.sessions = sessions;
        this.commands = commands;
        this.clock = clock;
    }

    /** @return how many caucuses this run ended */
    @Scheduled(fixedDelayString = "${quorum.committee.caucus-check-interval:PT1S}")
    public int endRunOutCaucuses() {
        int ended = 0;
        for (String sessionId : sessions.caucusesRunOutBy(clock.instant(), BATCH)) {
            try {
                if (commands.expireCaucus(sessionId)) {
                    ended++;
                }
            } catch (RuntimeException e) {
                // the next run finds it again; one bad session must not stop the others ending
                log.warn("Could not end the caucus of session {}; retrying on the next run", sessionId, e);
            }
        }
        return ended;
    }
}
