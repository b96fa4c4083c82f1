package dev.quorum.registration.school.application;

import dev.quorum.registration.account.application.AccountRepository;
import dev.quorum.registration.conference.application.ConferenceRepository;
import dev.quorum.registration.conference.domain.Conference;
import dev.quorum.registration.school.domain.School;
import dev.quorum.registration.school.domain.SchoolStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Finds and finishes what a crash left half done between the steps of registration's multi-step
 * operations (ADR 10): room held in the capacity ledger by a school that is not accepted (or was
 * never stored), an accepted school holding none, a withdrawal whose room, waitlist promotion or
 * seats were not yet handled, an advisor account whose application never stored its school, and
 * the other features' {@link ConferenceRepair}s (an interrupted finalize). Every repair is one
 * of the operations' own repeatable steps. Work younger than {@code grace} is left alone: it may
 * belong to a request still running.
 */
@Component
public class RegistrationReconciler {
    private static final Logger log = LoggerFactory.getLogger(RegistrationReconciler.class);
    private static final int PAGE = 100;

    private final ConferenceRepository conferences;
    private final SchoolRepository schools;
    private final CapacityLedger ledger;
    private final AccountRepository accounts;
    private final SchoolRegistration registration;
    private final WaitlistPromotion waitlist;
    private final List<ConferenceRepair> repairs;
    private final Clock clock;
    private final Duration grace;

    RegistrationReconciler(
            ConferenceRepository conferences,
            SchoolRepository schools,
            CapacityLedger ledger,
            AccountRepository accounts,
            SchoolRegistration registration,
            WaitlistPromotion waitlist,
            List<ConferenceRepair> repairs,
            Clock clock,
            @Value("${quorum.registration.reconciler.grace}") Duration grace) {
        this.conferences = conferences;
        this.schools = schools;
        this.ledger = ledger;
        this.accounts = accounts;
        this.registration = registration;
        this.waitlist = waitlist;
        this.repairs = List.copyOf(repairs);
        this.clock = clock;
        this.grace = grace;
    }

    /** One pass over every conference, then over advisor accounts. */
    public void reconcileAll() {
        Instant cutoff = clock.instant().minus(grace);
        for (int page = 0; ; page++) {
            List<Conference> batch =
                    conferences.findPage(Optional.empty(), page, PAGE).items();
            for (Conference conference : batch) {
                try {
                    reconcile(conference, cutoff);
                } catch (RuntimeException e) {
                    log.warn(
                            "Reconciling conference {} failed; the next pass tries again",
                            conference.id().value(),
                            e);
                }
            }
            if (batch.size() < PAGE) {
                break;
            }
        }
        removeAdvisorsWithoutSchool(cutoff);
    }

    private void reconcile(Conference conference, Instant cutoff) {
        String conferenceId = conference.id().value();
        Map<String, School> all =
                schools.ofConference(conferenceId).stream().collect(Collectors.toMap(School::id, Function.identity()));
        Map<String, CapacityLedger.Holding> holdings = ledger.holdings(conferenceId);
        holdings.forEach((schoolId, holding) -> {
            School school = all.get(schoolId);
            boolean accepted = school != null && school.status() == SchoolStatus.ACCEPTED;
            if (!accepted && holding.since().isBefore(cutoff)) {
                log.info("Releasing room held by school {} that is not accepted", schoolId);
                ledger.release(conferenceId, schoolId);
            }
        });
        for (School school : all.values()) {
            if (school.status() == SchoolStatus.ACCEPTED && !holdings.containsKey(school.id())) {
                // Room the school has by its acceptance; capacity was checked when it was accepted.
                log.info("Counting accepted school {} in the capacity ledger", school.id());
                ledger.reserve(conferenceId, school.id(), school.requestedDelegates(), Optional.empty());
            }
        }
        all.values().stream()
                .filter(school -> school.status() == SchoolStatus.WITHDRAWN)
                .forEach(registration::finishWithdrawal);
        waitlist.promote(conference, Optional.empty());
        repairs.forEach(repair -> repair.repair(conferenceId));
    }

    private void removeAdvisorsWithoutSchool(Instant cutoff) {
        Map<String, String> schoolByAccount = accounts.schoolAccountsCreatedBefore(cutoff);
        Set<String> stored = schools.existing(schoolByAccount.values());
        schoolByAccount.forEach((accountId, schoolId) -> {
            if (!stored.contains(schoolId)) {
                log.info("Removing advisor account {} whose application never stored school {}", accountId, schoolId);
                accounts.delete(accountId);
            }
        });
    }
}
