package dev.quorum.registration.delegate.application;

import dev.quorum.platform.problem.ConflictException;
import dev.quorum.platform.problem.NotFoundException;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.platform.security.Roles;
import dev.quorum.registration.delegate.domain.AccessCodes;
import dev.quorum.registration.delegate.domain.Delegate;
import dev.quorum.registration.school.application.SchoolAccess;
import dev.quorum.registration.school.application.SchoolRepository;
import dev.quorum.registration.school.domain.School;
import dev.quorum.registration.school.domain.SchoolStatus;
import dev.quorum.registration.token.application.TokenClaims;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Advisors add their delegates (never more than the school's delegation) and hand each a one-time
 * access code, which the delegate exchanges for a token scoped to their school and conference.
 */
@Service
public class DelegateService {
    private final DelegateRepository delegates;
    private final SchoolRepository schools;
    private final SchoolAccess access;
    private final AccessCodes codes = new AccessCodes(new SecureRandom());
    private final Clock clock;
    private final DelegateSeats seats;

    public DelegateService(
            DelegateRepository delegates,
            SchoolRepository schools,
            SchoolAccess access,
            Clock clock,
            DelegateSeats seats) {
        this.delegates = delegates;
        this.seats = seats;
        this.schools = schools;
        this.access = access;
        this.clock = clock;
    }

    /** A new delegate with the access code to hand over; the code is shown this once. */
    public NewDelegate add(QuorumPrincipal caller, String schoolId, String name, String grade, String experience) {
        SchoolRepository.Placed placed = access.placedVisibleTo(caller, schoolId);
        School school = placed.school();
        if (!schools.tryTakeDelegatePlace(placed, school.requestedDelegates())) {
            throw new ConflictException("The school's delegation of " + school.requestedDelegates()
                    + " is complete (or the school withdrew).");
        }
        String code = codes.next();
        Delegate delegate = new Delegate(
                UUID.randomUUID().toString(),
                schoolId,
                school.conferenceId(),
                name.strip(),
                grade,
                experience,
                AccessCodes.hash(code),
                false,
                clock.instant());
        try {
            delegates.insert(delegate);
        } catch (RuntimeException e) {
            schools.releaseDelegatePlace(schoolId);
            throw e;
        }
        return new NewDelegate(delegate, code);
    }

    public List<Delegate> list(QuorumPrincipal caller, String schoolId) {
        access.visibleTo(caller, schoolId);
        return delegates.findBySchool(schoolId);
    }

    /** A fresh code for a delegate (the old one stops working), e.g. when a token expired. */
    public NewDelegate reissueCode(QuorumPrincipal caller, String delegateId) {
        Delegate delegate = delegates
                .findById(delegateId)
                .orElseThrow(() -> new NotFoundException("No delegate " + delegateId + "."));
        try {
            access.visibleTo(caller, delegate.schoolId());
        } catch (NotFoundException e) {
            throw new NotFoundException("No delegate " + delegateId + ".");
        }
        String code = codes.next();
        delegates.replaceAccessCode(delegateId, AccessCodes.hash(code));
        return new NewDelegate(delegates.findById(delegateId).orElseThrow(), code);
    }

    /**
     * Exchanges an unredeemed code for the delegate's token claims; a code works once and starts a
     * session that tokens can be refreshed in until a new code is issued. A seated delegate's token
     * names the seat, so other services let it act for that seat only.
     */
    public Optional<TokenClaims> redeem(String code) {
        String session = UUID.randomUUID().toString();
        return delegates
                .redeem(AccessCodes.hash(code), session)
                .filter(this::schoolTakesPart)
                .map(d -> claimsOf(d, session));
    }

    /**
     * Fresh claims (the seat it sits on now) for a delegate still in {@code session}; empty
     * otherwise, and once its school has withdrawn.
     */
    public Optional<TokenClaims> refresh(String delegateId, String session) {
        return delegates
                .findInSession(delegateId, session)
                .filter(this::schoolTakesPart)
                .map(d -> claimsOf(d, session));
    }

    /** A withdrawn school's delegates sign in no more: their codes and sessions end with it. */
    private boolean schoolTakesPart(Delegate delegate) {
        return schools.findById(delegate.schoolId())
                .filter(school -> school.status() != SchoolStatus.WITHDRAWN)
                .isPresent();
    }

    private TokenClaims claimsOf(Delegate d, String session) {
        return new TokenClaims(
                d.id(),
                "delegate:" + d.id(),
                List.of(Roles.DELEGATE),
                List.of(d.conferenceId()),
                Optional.of(d.schoolId()),
                List.of(),
                seats.seatOf(d.conferenceId(), d.id()),
                Optional.of(session));
    }

    /** A delegate and its access code in clear, for the one answer that shows it. */
    public record NewDelegate(Delegate delegate, String accessCode) {}
}
