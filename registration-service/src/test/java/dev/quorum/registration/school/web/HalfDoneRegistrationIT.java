package dev.quorum.registration.school.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.doAnswer;

import com.mongodb.client.MongoDatabase;
import dev.quorum.platform.security.Roles;
import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.InjectsFailures;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.registration.account.application.AccountRepository;
import dev.quorum.registration.account.domain.Account;
import dev.quorum.registration.allocation.application.SeatAssignmentRepository;
import dev.quorum.registration.allocation.domain.SeatAssignment;
import dev.quorum.registration.catalogue.application.CommitteeCatalog;
import dev.quorum.registration.school.application.CapacityLedger;
import dev.quorum.registration.school.application.ReconcilerLease;
import dev.quorum.registration.school.application.RegistrationReconciler;
import dev.quorum.registration.school.application.SchoolRepository;
import dev.quorum.registration.school.domain.School;
import dev.quorum.registration.testing.CommitteeEvents;
import dev.quorum.registration.testing.RegistrationFixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.node.ObjectNode;

/**
 * Registration's multi-step operations with a store failure injected between their steps (ADR
 * 10): the client's retry finishes them, and what nobody retries the reconciler finishes. The
 * capacity ledger always equals the delegates of the accepted schools.
 */
@QuorumIntegrationTest
@InjectsFailures
@TestPropertySource(
        properties = {
            "quorum.secretariat.username=secretariat",
            "quorum.secretariat.password=s3cret-pass",
            // Everything a test leaves half done is old enough to repair at once.
            "quorum.registration.reconciler.grace=PT0S"
        })
class HalfDoneRegistrationIT {
    @LocalServerPort
    int port;

    @MockitoSpyBean
    CapacityLedger ledger;

    @MockitoSpyBean
    SchoolRepository schools;

    // The scheduled passes never get the lease: the tests run the reconciler when they mean to.
    @MockitoBean
    ReconcilerLease lease;

    @Autowired
    RegistrationReconciler reconciler;

    @Autowired
    AccountRepository accounts;

    @Autowired
    MongoDatabase database;

    @MockitoSpyBean
    SeatAssignmentRepository assignments;

    @Autowired
    CommitteeCatalog catalog;

    ApiClient api;
    ApiClient secretariat;
    RegistrationFixtures fixtures;

    @BeforeEach
    void signIn() {
        given(lease.claim(anyString(), any())).willReturn(false);
        api = ApiClient.local(port);
        secretariat = api.withToken(api.signIn("secretariat", "s3cret-pass"));
        fixtures = new RegistrationFixtures(api, secretariat);
    }

    @Test
    void aCapacitySetLaterCountsTheSchoolsAcceptedWhileThereWasNone() {
        String conference = fixtures.openConference();
        String early = fixtures.applySchool(conference, "Early " + UUID.randomUUID(), 8);
        fixtures.applySchool(conference, "Also Early " + UUID.randomUUID(), 8);

        assertThat(secretariat
                        .patch("/api/conferences/" + conference, Map.of("capacity", 20))
                        .status())
                .isEqualTo(200);
        String late = fixtures.applySchool(conference, "Late " + UUID.randomUUID(), 8);

        assertThat(status(late)).as("16 accepted + 8 would exceed 20").isEqualTo("WAITLISTED");
        assertThat(accepted(conference)).isEqualTo(16);
        assertThat(secretariat.post("/api/schools/" + early + "/withdraw", "").status())
                .isEqualTo(200);
        assertThat(status(late)).isEqualTo("ACCEPTED");
        assertThat(accepted(conference)).isEqualTo(16);
    }

    @Test
    void aWithdrawalInterruptedAfterItWasStoredIsFinishedByTheClientsRetry() {
        String conference = fixtures.openConference(10);
        String leaving = fixtures.applySchool(conference, "Leaving " + UUID.randomUUID(), 10);
        String waiting = fixtures.applySchool(conference, "Waiting " + UUID.randomUUID(), 5);
        failOnceOnRelease(conference);

        assertThat(secretariat.post("/api/schools/" + leaving + "/withdraw", "").status())
                .isEqualTo(500);
        assertThat(status(leaving)).isEqualTo("WITHDRAWN");
        assertThat(status(waiting))
                .as("stuck until someone finishes the withdrawal")
                .isEqualTo("WAITLISTED");

        ApiClient.Response retried = secretariat.post("/api/schools/" + leaving + "/withdraw", "");

        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(status(waiting)).isEqualTo("ACCEPTED");
        assertThat(ledger.holdings(conference)).containsOnlyKeys(waiting);
        assertThat(accepted(conference)).isEqualTo(5);
    }

    @Test
    void theReconcilerFinishesAWithdrawalThatNobodyRetried() {
        String conference = fixtures.openConference(10);
        String leaving = fixtures.applySchool(conference, "Gone " + UUID.randomUUID(), 10);
        String waiting = fixtures.applySchool(conference, "Patient " + UUID.randomUUID(), 5);
        failOnceOnRelease(conference);
        assertThat(secretariat.post("/api/schools/" + leaving + "/withdraw", "").status())
                .isEqualTo(500);

        reconciler.reconcileAll();

        assertThat(status(waiting)).isEqualTo("ACCEPTED");
        assertThat(ledger.holdings(conference)).containsOnlyKeys(waiting);
        assertThat(accepted(conference)).isEqualTo(5);
    }

    @Test
    void anApplicationWhoseSchoolIsNotStoredGivesBackItsRoomAndUsername() {
        String conference = fixtures.openConference(10);
        String name = "Unlucky " + UUID.randomUUID();
        AtomicBoolean failed = new AtomicBoolean();
        doAnswer(invocation -> {
                    if (failed.compareAndSet(false, true)) {
                        throw new IllegalStateException("the store times out (test)");
                    }
                    return invocation.callRealMethod();
                })
                .when(schools)
                .insert(any(School.class), anyList());

        long accountsBefore = database.getCollection("accounts").countDocuments();
        assertThat(api.post("/api/schools", fixtures.application(conference, name, 10))
                        .status())
                .isEqualTo(500);
        assertThat(accepted(conference)).isZero();
        assertThat(database.getCollection("accounts").countDocuments())
                .as("the advisor account is removed again")
                .isEqualTo(accountsBefore);

        ApiClient.Response retried = api.post("/api/schools", fixtures.application(conference, name, 10));
        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        assertThat(retried.json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted(conference)).isEqualTo(10);
    }

    @Test
    void theReconcilerUndoesAnApplicationThatCrashedBeforeStoringItsSchool() {
        String conference = fixtures.openConference(10);
        String ghost = UUID.randomUUID().toString();
        String username = "ghost-" + UUID.randomUUID();
        // What a process killed between the steps of an application leaves behind.
        accounts.insertIfAbsent(new Account(
                UUID.randomUUID().toString(),
                username,
                "{noop}unused",
                List.of(Roles.ADVISOR),
                List.of(conference),
                Optional.of(ghost),
                List.of(),
                Optional.empty()));
        assertThat(ledger.reserve(conference, ghost, 6, Optional.of(10))).isTrue();

        reconciler.reconcileAll();

        assertThat(accepted(conference)).isZero();
        assertThat(accounts.findByUsername(username)).isEmpty();
    }

    @Test
    void theReconcilerCountsAnAcceptedSchoolTheLedgerLost() {
        String conference = fixtures.openConference(10);
        String school = fixtures.applySchool(conference, "Forgotten " + UUID.randomUUID(), 4);
        ledger.release(conference, school);
        assertThat(accepted(conference)).isZero();

        reconciler.reconcileAll();

        assertThat(ledger.holdings(conference)).containsOnlyKeys(school);
        assertThat(accepted(conference)).isEqualTo(4);
        assertThat(status(fixtures.applySchool(conference, "Too Many " + UUID.randomUUID(), 7)))
                .isEqualTo("WAITLISTED");
    }

    /**
     * A seat move leaves the old seat, then takes the new one. A store failure between the two
     * puts the delegate back on the old seat, so it is never left unseated, and the client's retry
     * completes the move. (Red with the return to the old seat removed from SeatingService.)
     */
    @Test
    void aSeatMoveThatFailsAfterLeavingTheOldSeatLeavesTheDelegateSeatedAndItsRetryCompletes() {
        String conference = fixtures.openConference(10);
        ObjectNode committee = CommitteeEvents.withFirstSeats(
                CommitteeEvents.created(UUID.randomUUID().toString(), conference), 2);
        committee.put("delegationSize", 1);
        committee
                .get("seats")
                .valueStream()
                .forEach(seat ->
                        ((ObjectNode) seat).put("seatId", UUID.randomUUID().toString()));
        CommitteeEvents.publish(CommitteeEvents.CREATED, committee);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> catalog.seatsOf(conference).size() == 2);
        RegistrationFixtures.AppliedSchool school = fixtures.apply(conference, "Mover " + UUID.randomUUID());
        String proposal = secretariat
                .post("/api/conferences/" + conference + "/allocations", Map.of("seed", 1))
                .json()
                .get("id")
                .asString();
        ApiClient.Response finalized =
                secretariat.post("/api/conferences/" + conference + "/allocations/" + proposal + "/finalize", "");
        assertThat(finalized.status()).as(finalized.body()).isEqualTo(200);
        List<String> held = assignments.heldBy(conference, school.id()).stream()
                .map(SeatAssignment::seatId)
                .toList();
        assertThat(held).hasSize(2);
        String delegate = school.advisor()
                .post("/api/schools/" + school.id() + "/delegates", Map.of("name", "Deniz", "grade", "11"))
                .json()
                .get("id")
                .asString();
        assertThat(school.advisor()
                        .put("/api/delegates/" + delegate + "/seat", Map.of("seatId", held.get(0)))
                        .status())
                .isEqualTo(200);
        AtomicBoolean failed = new AtomicBoolean();
        doAnswer(invocation -> {
                    SeatAssignment expected = invocation.getArgument(0);
                    if (expected.seatId().equals(held.get(1)) && failed.compareAndSet(false, true)) {
                        throw new IllegalStateException("the store times out between the steps (test)");
                    }
                    return invocation.callRealMethod();
                })
                .when(assignments)
                .update(any(SeatAssignment.class), any(), anyList(), anyList());

        ApiClient.Response interrupted =
                school.advisor().put("/api/delegates/" + delegate + "/seat", Map.of("seatId", held.get(1)));

        assertThat(interrupted.status()).isEqualTo(500);
        assertThat(failed).isTrue();
        assertThat(assignments.findByDelegate(conference, delegate))
                .as("the delegate is back on its old seat, not unseated")
                .map(SeatAssignment::seatId)
                .contains(held.get(0));
        ApiClient.Response retried =
                school.advisor().put("/api/delegates/" + delegate + "/seat", Map.of("seatId", held.get(1)));
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(assignments.findByDelegate(conference, delegate))
                .map(SeatAssignment::seatId)
                .contains(held.get(1));
        assertThat(assignments.find(conference, held.get(0)).orElseThrow().delegates())
                .isEmpty();
    }

    private void failOnceOnRelease(String conference) {
        AtomicBoolean failed = new AtomicBoolean();
        doAnswer(invocation -> {
                    if (failed.compareAndSet(false, true)) {
                        throw new IllegalStateException("the store times out between the steps (test)");
                    }
                    return invocation.callRealMethod();
                })
                .when(ledger)
                .release(org.mockito.ArgumentMatchers.eq(conference), anyString());
    }

    private String status(String schoolId) {
        return secretariat.get("/api/schools/" + schoolId).json().get("status").asString();
    }

    /** The ledger's stored count, read from the store itself. */
    private int accepted(String conferenceId) {
        org.bson.Document stored = database.getCollection("capacity_ledgers")
                .find(new org.bson.Document("_id", conferenceId))
                .first();
        return stored == null ? 0 : stored.getInteger("accepted");
    }
}
