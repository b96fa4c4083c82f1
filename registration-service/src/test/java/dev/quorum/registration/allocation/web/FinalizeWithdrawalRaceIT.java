package dev.quorum.registration.allocation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.doAnswer;

import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.registration.allocation.application.SeatAssignmentRepository;
import dev.quorum.registration.allocation.domain.SeatAssignment;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The interleaving no load test hits reliably, made to happen: a school withdraws after the
 * finalize checked that every school is still accepted, but before its seats are stored, so the
 * withdrawal finds no seat to release. The finalize must then release them itself.
 */
@QuorumIntegrationTest
@TestPropertySource(properties = {"quorum.secretariat.username=secretariat", "quorum.secretariat.password=s3cret-pass"})
class FinalizeWithdrawalRaceIT extends AllocationTestSupport {

    @MockitoSpyBean
    SeatAssignmentRepository assignments;

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
}
