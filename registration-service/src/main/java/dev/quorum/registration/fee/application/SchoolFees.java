package dev.quorum.registration.fee.application;

import dev.quorum.platform.problem.ForbiddenException;
import dev.quorum.platform.security.QuorumPrincipal;
import dev.quorum.registration.application.VersionedRetry;
import dev.quorum.registration.conference.application.ConferenceRepository;
import dev.quorum.registration.conference.domain.Conference;
import dev.quorum.registration.conference.domain.ConferenceId;
import dev.quorum.registration.fee.domain.Payment;
import dev.quorum.registration.fee.domain.PaymentDetails;
import dev.quorum.registration.fee.domain.PaymentRuleViolation;
import dev.quorum.registration.fee.domain.SchoolAccount;
import dev.quorum.registration.fee.domain.Statement;
import dev.quorum.registration.school.application.SchoolAccess;
import dev.quorum.registration.school.domain.School;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The Secretariat records payments for a school; the school's advisor and the Secretariat read its
 * statement. Who may see a school is decided by {@link SchoolAccess}: anyone else gets a 404.
 */
@Service
public class SchoolFees {

    private final SchoolAccess schools;
    private final ConferenceRepository conferences;
    private final PaymentRepository payments;
    private final Clock clock;

    public SchoolFees(SchoolAccess schools, ConferenceRepository conferences, PaymentRepository payments, Clock clock) {
        this.schools = schools;
        this.conferences = conferences;
        this.payments = payments;
        this.clock = clock;
    }

    /**
     * Records a payment (or adjustment) for a school; only its conference's Secretariat may.
     * Checked against the payments recorded so far and stored only if none was recorded meanwhile
     * (else checked again), so two adjustments at once can never both take the school below zero.
     * Nothing is published.
     */
    public Payment record(QuorumPrincipal caller, String schoolId, PaymentDetails details) {
        School school = schools.visibleTo(caller, schoolId);
        if (!caller.administers(school.conferenceId())) {
            throw new ForbiddenException("Only the conference's Secretariat may record payments.");
        }
        Conference conference = conferenceOf(school);
        LocalDate today = LocalDate.now(clock.withZone(conference.timeZone()));
        LocalDate created = LocalDate.ofInstant(conference.createdAt(), conference.timeZone());
        if (details.receivedOn().isBefore(created)) {
            throw new PaymentRuleViolation(
                    "receivedOn", "must not be before the conference was created (" + created + ")");
        }
        // Stored to the millisecond: what is answered now is what a later read returns.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String paymentId = UUID.randomUUID().toString();
        return VersionedRetry.untilWritten(
                () -> {
                    List<Payment> recorded = payments.findBySchool(school.id());
                    Payment payment = SchoolAccount.of(
                                    school, conference.terms().fees(), recorded)
                            .record(paymentId, details, caller.subject(), now, today);
                    return payments.insertAfter(payment, recorded.size()) ? Optional.of(payment) : Optional.empty();
                },
                "Payments for school " + schoolId + " keep changing; try again.");
    }

    /** The school's statement, for its advisor and its conference's Secretariat. */
    public Statement statement(QuorumPrincipal caller, String schoolId) {
        School school = schools.visibleTo(caller, schoolId);
        return account(school, conferenceOf(school)).statement();
    }

    private SchoolAccount account(School school, Conference conference) {
        return SchoolAccount.of(school, conference.terms().fees(), payments.findBySchool(school.id()));
    }

    private Conference conferenceOf(School school) {
        return conferences.findById(new ConferenceId(school.conferenceId())).orElseThrow();
    }
}
