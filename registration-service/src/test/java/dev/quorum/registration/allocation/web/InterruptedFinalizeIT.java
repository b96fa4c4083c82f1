package dev.quorum.registration.allocation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;

import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.InjectsFailures;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.registration.allocation.application.SeatAssignmentRepository;
import dev.quorum.registration.allocation.domain.SeatAssignment;
import dev.quorum.registration.school.application.RegistrationReconciler;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * What happens to a finalize between its writes, made to happen rather than hoped for under load:
 * a school withdraws after the finalize checked every school, but before its seats are stored; a
 * finalize dies after marking the proposal final, before storing every seat.
 */
@QuorumIntegrationTest
@InjectsFailures
@TestPropertySource(properties = {"quorum.secretariat.username=secretariat", "quorum.secretariat.password=s3cret-pass"})
class InterruptedFinalizeIT extends AllocationTestSupport {

    @MockitoSpyBean
    SeatAssignmentRepository assignments;

    @Autowired
    RegistrationReconciler reconciler;

    @Test
    void seatsStoredForASchoolThatWithdrewDuringTheFinalizeAreReleased() {
        committee(conference, 4, 1);
        String leavingName = "Lambda " + UUID.randomUUID();
        String leaving = fixtures.applySchool(conference, leavingName, 2);
        String staying = fixtures.applySchool(conference, "Mu " + UUID.randomUUID(), 2);
        ApiClient leavingAdvisor = fixtures.advisorOf(leavingName);
        String allocation = secretariat
                .post(allocations(), Map.of("seed", 4))
                .json()
                .get("id")
                .asString();
        AtomicBoolean withdrawn = new AtomicBoolean();
        doAnswer(invocation -> {
                    if (withdrawn.compareAndSet(false, true)) {
                        ApiClient.Response left = leavingAdvisor.post("/api/schools/" + leaving + "/withdraw", "");
                        assertThat(left.status()).as(left.body()).isEqualTo(200);
                    }
                    return invocation.callRealMethod();
                })
                .when(assignments)
                .insertIfAbsent(any(SeatAssignment.class), anyList());

        ApiClient.Response finalized = secretariat.post(allocations() + "/" + allocation + "/finalize", "");

        assertThat(finalized.status()).as(finalized.body()).isEqualTo(200);
        assertThat(withdrawn).isTrue();
        assertThat(assignments.heldBy(conference, leaving))
                .as("the school that left holds nothing")
                .isEmpty();
        assertThat(assignments.heldBy(conference, staying)).hasSize(2);
        events("quorum.registration.SeatReleased.v1", leaving, 2);
    }

    @Test
    void seatsChangeByHandOnlyOnceAnInterruptedFinalizeIsRepeated() {
        committee(conference, 4, 1);
        String school = fixtures.applySchool(conference, "Nu " + UUID.randomUUID(), 2);
        String other = fixtures.applySchool(conference, "Xi " + UUID.randomUUID(), 1);
        String allocation = secretariat
                .post(allocations(), Map.of("seed", 8))
                .json()
                .get("id")
                .asString();
        AtomicInteger inserts = new AtomicInteger();
        doAnswer(invocation -> {
                    if (inserts.incrementAndGet() == 2) {
                        throw new IllegalStateException("the finalize dies here (test)");
                    }
                    return invocation.callRealMethod();
                })
                .when(assignments)
                .insertIfAbsent(any(SeatAssignment.class), anyList());

        assertThat(secretariat
                        .post(allocations() + "/" + allocation + "/finalize", "")
                        .status())
                .isEqualTo(500);
        String unstored = secretariat
                .get(allocations() + "/" + allocation)
                .json()
                .get("seats")
                .valueStream()
                .map(s -> s.get("seatId").asString())
                .filter(id -> assignments.find(conference, id).isEmpty())
                .findFirst()
                .orElseThrow();

        ApiClient.Response given = secretariat.put(seatAssignments() + "/" + unstored, Map.of("schoolId", other));
        assertThat(given.status())
                .as("a placed seat not stored yet is not free")
                .isEqualTo(409);
        assertThat(given.json().get("detail").asString()).contains("/finalize");
        assertThat(secretariat
                        .get("/api/conferences/" + conference + "/free-seats")
                        .status())
                .isEqualTo(409);

        assertThat(secretariat
                        .post(allocations() + "/" + allocation + "/finalize", "")
                        .status())
                .as("repeating completes it")
                .isEqualTo(200);
        assertThat(assignments.heldBy(conference, school)).hasSize(2);
        assertThat(assignments.heldBy(conference, other)).hasSize(1);
        assertThat(secretariat
                        .get("/api/conferences/" + conference + "/free-seats")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theReconcilerCompletesAFinalizeThatNobodyRepeated() {
        committee(conference, 4, 1);
        String school = fixtures.applySchool(conference, "Omicron " + UUID.randomUUID(), 2);
        String other = fixtures.applySchool(conference, "Pi " + UUID.randomUUID(), 1);
        String allocation = secretariat
                .post(allocations(), Map.of("seed", 9))
                .json()
                .get("id")
                .asString();
        AtomicInteger inserts = new AtomicInteger();
        doAnswer(invocation -> {
                    if (inserts.incrementAndGet() == 2) {
                        throw new IllegalStateException("the finalize dies here (test)");
                    }
                    return invocation.callRealMethod();
                })
                .when(assignments)
                .insertIfAbsent(any(SeatAssignment.class), anyList());
        assertThat(secretariat
                        .post(allocations() + "/" + allocation + "/finalize", "")
                        .status())
                .isEqualTo(500);
        assertThat(assignments.heldBy(conference, school).size()
                        + assignments.heldBy(conference, other).size())
                .as("the finalize stopped half way")
                .isLessThan(3);

        reconciler.reconcileAll();

        assertThat(assignments.heldBy(conference, school)).hasSize(2);
        assertThat(assignments.heldBy(conference, other)).hasSize(1);
        assertThat(secretariat
                        .get("/api/conferences/" + conference + "/free-seats")
                        .status())
                .isEqualTo(200);
    }
}
