package dev.quorum.committee.session.application;

import dev.quorum.committee.committee.application.CommitteeDirectory;
import dev.quorum.committee.committee.application.CommitteeView;
import dev.quorum.committee.session.domain.Session;
import dev.quorum.committee.session.domain.SessionConflict;
import dev.quorum.committee.session.domain.SessionInputError;
import dev.quorum.committee.session.domain.SessionItemMissing;
import dev.quorum.committee.session.messaging.SessionIntegrationEvents;
import dev.quorum.platform.outbox.DuplicateAggregateException;
import dev.quorum.platform.outbox.StaleAggregateException;
import dev.quorum.platform.problem.ConflictException;
import dev.quorum.platform.problem.InvalidInputException;
import dev.quorum.platform.problem.NotFoundException;
import dev.quorum.platform.security.QuorumPrincipal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import org.springframework.stereotype.Service;

/**
 * Runs every change to a session as: load, check who asks, apply the rules, write the new state
 * and its events in one compare-and-set on the session's version. A write that lost the race to
 * another chair's is retried on the fresh state, so two chairs acting at once never lose an update
 * (ADR 15).
 */
@Service
public class SessionCommands {
    /** Enough for a dozen chairs and delegates acting on one session in the same instant. */
    static final int ATTEMPTS = 16;

    private final SessionRepository sessions;
    private final CommitteeDirectory committees;
    private final SessionAccess access;
    private final SessionIntegrationEvents events;
    private final Clock clock;

    SessionCommands(
            SessionRepository sessions,
            CommitteeDirectory committees,
            SessionAccess access,
            SessionIntegrationEvents events,
            Clock clock) {
        this.sessions = sessions;
        this.committees = committees;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Who may make a change, checked on the freshly loaded session. */
    @FunctionalInterface
    public interface Permission {
        void check(SessionAccess access, QuorumPrincipal caller, CommitteeView committee, Session session);

        static Permission chair() {
            return (access, caller, committee, session) -> access.requireChair(caller, committee);
        }

        static Permission seat(String seatId) {
            return (access, caller, committee, session) -> access.requireSeat(caller, committee, seatId);
        }
    }

    public SessionView open(QuorumPrincipal caller, String committeeId) {
        CommitteeView committee = committees
                .find(committeeId)
                .filter(c -> access.canFollow(caller, c))
                .orElseThrow(() -> new NotFoundException("No committee " + committeeId + "."));
        access.requireChair(caller, committee);
        if (committee.seats().isEmpty()) {
            throw new ConflictException("The committee has no seats yet.");
        }
        Instant now = clock.instant();
        Session session = Session.open(
                UUID.randomUUID().toString(),
                committeeId,
                committee.conferenceId(),
                committee.seats(),
                committee.agendaItems(),
                committee.profile(),
                now);
        try {
            sessions.insert(stored(session), events.toPending(session, now));
        } catch (DuplicateAggregateException e) {
            throw new ConflictException("The committee already has a session that is not adjourned; adjourn it first.");
        }
        return SessionView.of(session, 1, now);
    }

    public SessionView get(QuorumPrincipal caller, String sessionId) {
        Loaded loaded = load(sessionId)
                .filter(l -> access.canFollow(caller, l.committee()))
                .orElseThrow(() -> notFound(sessionId));
        return SessionView.of(loaded.session(), loaded.session().version(), clock.instant());
    }

    /**
     * A page of the committee's sessions, newest first, for whoever may read them one by one: the
     * committee's chairs, members of its conference, its seated delegates; anyone else gets a 404.
     */
    public SessionRepository.Page list(
            QuorumPrincipal caller, String committeeId, boolean openOnly, int page, int size) {
        committees
                .find(committeeId)
                .filter(c -> access.canFollow(caller, c))
                .orElseThrow(() -> new NotFoundException("No committee " + committeeId + "."));
        return sessions.listByCommittee(committeeId, openOnly, page, size);
    }

    /** The session's current view for the live streams, which check the caller on connect. */
    public Optional<SessionView> snapshot(String sessionId) {
        return load(sessionId).map(l -> SessionView.of(l.session(), l.session().version(), clock.instant()));
    }

    /** Whether the caller may follow the session (the stream checks it before subscribing). */
    public boolean canFollow(QuorumPrincipal caller, String sessionId) {
        return load(sessionId)
                .filter(l -> access.canFollow(caller, l.committee()))
                .isPresent();
    }

    /**
     * Applies {@code change} for {@code caller} if {@code permission} lets them.
     *
     * @return the session after the change
     */
    public SessionView change(
            QuorumPrincipal caller, String sessionId, Permission permission, BiConsumer<Session, Instant> change) {
        for (int attempt = 1; ; attempt++) {
            Loaded loaded = load(sessionId)
                    .filter(l -> access.canFollow(caller, l.committee()))
                    .orElseThrow(() -> notFound(sessionId));
            permission.check(access, caller, loaded.committee(), loaded.session());
            Optional<SessionView> done = tryApply(loaded.session(), change, attempt);
            if (done.isPresent()) {
                return done.get();
            }
        }
    }

    /**
     * Applies a closed vote to the motion it decided; a redelivered result, or one for a session
     * this service does not have, changes nothing.
     *
     * @return whether anything changed
     */
    public boolean applyVoteResult(String sessionId, String voteId, String motionId, boolean adopted) {
        return applyUntilWritten(
                sessionId, (session, now) -> session.motions().applyVoteResult(voteId, motionId, adopted, now));
    }

    /**
     * Ends the session's caucus if its time ran out. Several instances may try at once: the write
     * is a compare-and-set on the session's version, and the loser sees the caucus already ended
     * on its retry, so {@code CaucusEnded} is published once.
     *
     * @return whether this call ended it
     */
    public boolean expireCaucus(String sessionId) {
        return applyUntilWritten(sessionId, Session::expireCaucus);
    }

    /**
     * A change that an event or a timer causes, not a caller: made on fresh state until it is
     * written, or until it no longer applies ({@code change} answers false; nothing is written).
     */
    private boolean applyUntilWritten(String sessionId, BiPredicate<Session, Instant> change) {
        for (int attempt = 1; ; attempt++) {
            Optional<Loaded> loaded = load(sessionId);
            if (loaded.isEmpty()) {
                return false;
            }
            Session session = loaded.get().session();
            Instant now = clock.instant();
            if (!change.test(session, now)) {
                return false;
            }
            if (write(session, now, attempt)) {
                return true;
            }
        }
    }

    private Optional<SessionView> tryApply(Session session, BiConsumer<Session, Instant> change, int attempt) {
        Instant now = clock.instant();
        try {
            change.accept(session, now);
        } catch (SessionConflict e) {
            throw new ConflictException(e.getMessage());
        } catch (SessionInputError e) {
            throw new InvalidInputException(e.field(), e.getMessage());
        } catch (SessionItemMissing e) {
            throw new NotFoundException(e.getMessage());
        }
        if (session.events().isEmpty() || write(session, now, attempt)) {
            long version = session.events().isEmpty() ? session.version() : session.version() + 1;
            return Optional.of(SessionView.of(session, version, now));
        }
        return Optional.empty();
    }

    /** @return false when another write came first and the change must be made again on fresh state */
    private boolean write(Session session, Instant now, int attempt) {
        try {
            sessions.update(stored(session), session.version(), events.toPending(session, now));
            return true;
        } catch (StaleAggregateException e) {
            if (attempt >= ATTEMPTS) {
                throw e;
            }
            return false;
        }
    }

    private Optional<Loaded> load(String sessionId) {
        return sessions.findById(sessionId)
                .flatMap(s -> committees
                        .find(s.committeeId())
                        .map(c -> new Loaded(
                                Session.restore(
                                        s.id(),
                                        s.committeeId(),
                                        s.conferenceId(),
                                        s.version(),
                                        s.openedAt(),
                                        c.seats(),
                                        c.agendaItems(),
                                        c.profile(),
                                        s.data()),
                                c)));
    }

    private static SessionRepository.Stored stored(Session s) {
        return new SessionRepository.Stored(
                s.id(), s.committeeId(), s.conferenceId(), s.version(), s.openedAt(), s.data());
    }

    private static NotFoundException notFound(String sessionId) {
        return new NotFoundException("No session " + sessionId + ".");
    }

    private record Loaded(Session session, CommitteeView committee) {}
}
