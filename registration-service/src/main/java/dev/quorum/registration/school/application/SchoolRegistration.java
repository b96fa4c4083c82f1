package dev.quorum.registration.school.application;

import dev.quorum.platform.outbox.DuplicateAggregateException;
import dev.quorum.platform.problem.ConflictException;
import dev.quorum.platform.problem.InvalidInputException;
import dev.quorum.platform.problem.NotFoundException;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.platform.security.Roles;
import dev.quorum.registration.account.application.AccountRepository;
import dev.quorum.registration.account.domain.Account;
import dev.quorum.registration.account.domain.AdvisorUsernames;
import dev.quorum.registration.conference.application.ConferenceRepository;
import dev.quorum.registration.conference.domain.Conference;
import dev.quorum.registration.conference.domain.ConferenceId;
import dev.quorum.registration.school.domain.School;
import dev.quorum.registration.school.domain.SchoolStatus;
import dev.quorum.registration.school.messaging.SchoolIntegrationEvents;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Schools apply, are accepted or waitlisted by the room the conference has, withdraw, and are
 * promoted from the waitlist in arrival order. Room is reserved in the {@link CapacityLedger}
 * before a school is stored as accepted, and given back if the store fails, so concurrent
 * applications never over-fill a conference. Every step can be repeated, so a retry (or the
 * {@link RegistrationReconciler}) finishes what a failure left half done (ADR 10).
 */
@Service
public class SchoolRegistration {
    /** With 40 random bits per draw, a second draw is already rare; five never all collide. */
    private static final int USERNAME_ATTEMPTS = 5;

    private final SecureRandom random = new SecureRandom();
    private final SchoolRepository schools;
    private final ConferenceRepository conferences;
    private final CapacityLedger ledger;
    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final SchoolIntegrationEvents events;
    private final Clock clock;
    private final SchoolAccess access;
    private final List<SchoolWithdrawalHook> withdrawalHooks;
    private final WaitlistPromotion waitlist;

    public SchoolRegistration(
            SchoolRepository schools,
            ConferenceRepository conferences,
            CapacityLedger ledger,
            AccountRepository accounts,
            PasswordEncoder passwords,
            SchoolIntegrationEvents events,
            Clock clock,
            SchoolAccess access,
            List<SchoolWithdrawalHook> withdrawalHooks,
            WaitlistPromotion waitlist) {
        this.schools = schools;
        this.conferences = conferences;
        this.ledger = ledger;
        this.accounts = accounts;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
        this.access = access;
        this.withdrawalHooks = List.copyOf(withdrawalHooks);
        this.waitlist = waitlist;
    }

    /**
     * A public application: creates the advisor's account, under a username the service chooses
     * (ADR 30), and the school, accepted or waitlisted.
     */
    public Applied apply(SchoolApplication application) {
        Conference conference = conferences
                .findById(new ConferenceId(application.conferenceId()))
                .orElseThrow(() -> new InvalidInputException("conferenceId", "is not a known conference"));
        if (!conference.acceptsApplicationsAt(clock.instant())) {
            throw new InvalidInputException("conferenceId", "the conference is not accepting applications now");
        }
        conference.checkDelegatesPerApplication(application.requestedDelegates());
        String schoolId = UUID.randomUUID().toString();
        Account advisor = createAdvisor(application, conference, schoolId);
        String conferenceId = conference.id().value();
        try {
            // Strict arrival order: while anyone waits, a newcomer queues behind them even if it would fit.
            boolean room = !schools.hasWaitlist(conferenceId)
                    && ledger.reserve(conferenceId, schoolId, application.requestedDelegates(), conference.capacity());
            School.Change applied = School.apply(
                    schoolId,
                    conferenceId,
                    application.name(),
                    application.city(),
                    application.country(),
                    application.requestedDelegates(),
                    application.contact(),
                    advisor.id(),
                    room,
                    clock.instant());
            schools.insert(applied.school(), events.toPending(applied.events()));
        } catch (DuplicateAggregateException e) {
            undoApplication(conferenceId, schoolId, advisor);
            throw new ConflictException("This school has already applied to this conference.");
        } catch (RuntimeException e) {
            // Whatever failed, the room and the username go back, so that a retry can succeed; a
            // crash before this point is undone by the RegistrationReconciler.
            try {
                undoApplication(conferenceId, schoolId, advisor);
            } catch (RuntimeException undo) {
                e.addSuppressed(undo);
            }
            throw e;
        }
        return new Applied(find(schoolId), advisor);
    }

    /**
     * Stores the advisor's account under a fresh username; a suffix that happens to be taken is
     * drawn again, so the applicant never learns which names exist.
     */
    private Account createAdvisor(SchoolApplication application, Conference conference, String schoolId) {
        String hash = passwords.encode(application.advisorPassword());
        for (int attempt = 0; attempt < USERNAME_ATTEMPTS; attempt++) {
            Account advisor = new Account(
                    UUID.randomUUID().toString(),
                    AdvisorUsernames.forName(application.contact().advisorName(), random),
                    hash,
                    List.of(Roles.ADVISOR),
                    List.of(conference.id().value()),
                    Optional.of(schoolId),
                    List.of(),
                    Optional.empty());
            if (accounts.insertIfAbsent(advisor)) {
                return advisor;
            }
        }
        throw new IllegalStateException("No free advisor username after " + USERNAME_ATTEMPTS + " draws");
    }

    private void undoApplication(String conferenceId, String schoolId, Account advisor) {
        ledger.release(conferenceId, schoolId);
        accounts.delete(advisor.id());
    }

    public School get(QuorumPrincipal caller, String schoolId) {
        return visible(caller, schoolId);
    }

    public SchoolRepository.Page list(
            QuorumPrincipal caller, String conferenceId, Optional<SchoolStatus> status, int page, int size) {
        if (!caller.administers(conferenceId)) {
            throw new NotFoundException("No conference " + conferenceId + ".");
        }
        return schools.findPage(conferenceId, status, page, size);
    }

    /** The Secretariat accepts a school, if the conference has room for its delegation. */
    public School accept(QuorumPrincipal caller, String schoolId) {
        School school = administered(caller, schoolId);
        Conference conference = conferenceOf(school);
        if (!ledger.reserve(school.conferenceId(), schoolId, school.requestedDelegates(), conference.capacity())) {
            throw new ConflictException("The conference has no room left for " + school.requestedDelegates()
                    + " more delegates; raise its capacity or withdraw another school.");
        }
        School.Change accepted = school.accept();
        try {
            schools.update(accepted.school(), events.toPending(accepted.events()));
        } catch (RuntimeException e) {
            waitlist.releaseUnlessAccepted(school);
            throw e;
        }
        return find(schoolId);
    }

    /** The Secretariat moves a school to the waitlist; its room goes to the next in line. */
    public School waitlist(QuorumPrincipal caller, String schoolId) {
        School school = administered(caller, schoolId);
        School.Change waitlisted = school.waitlist();
        schools.update(waitlisted.school(), events.toPending(waitlisted.events()));
        ledger.release(school.conferenceId(), schoolId);
        waitlist.promote(conferenceOf(school), Optional.of(schoolId));
        return find(schoolId);
    }

    /**
     * The school's advisor, or the Secretariat, withdraws it; its room goes to the waitlist and its
     * seats are released. Each step can be repeated: asking again for a school whose withdrawal is
     * stored finishes the steps a failure left undone, and answers the withdrawn school.
     */
    public School withdraw(QuorumPrincipal caller, String schoolId) {
        School school = visible(caller, schoolId);
        if (school.status() != SchoolStatus.WITHDRAWN) {
            School.Change withdrawn = school.withdraw();
            schools.update(withdrawn.school(), events.toPending(withdrawn.events()));
        }
        finishWithdrawal(find(schoolId));
        return find(schoolId);
    }

    /** The steps after a withdrawal is stored; each is a no-op once done. */
    void finishWithdrawal(School withdrawn) {
        ledger.release(withdrawn.conferenceId(), withdrawn.id());
        waitlist.promote(conferenceOf(withdrawn), Optional.empty());
        withdrawalHooks.forEach(hook -> hook.withdrawn(withdrawn));
    }

    private Conference conferenceOf(School school) {
        return conferences.findById(new ConferenceId(school.conferenceId())).orElseThrow();
    }

    private School visible(QuorumPrincipal caller, String schoolId) {
        return access.visibleTo(caller, schoolId);
    }

    private School administered(QuorumPrincipal caller, String schoolId) {
        return access.administeredBy(caller, schoolId);
    }

    /** A stored application and the advisor account it created (to sign the advisor in once). */
    public record Applied(School school, Account advisor) {}

    private School find(String schoolId) {
        return schools.findById(schoolId).orElseThrow();
    }
}
