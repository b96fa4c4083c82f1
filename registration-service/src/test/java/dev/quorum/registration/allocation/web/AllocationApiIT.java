package dev.quorum.registration.allocation.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.registration.testing.CommitteeEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@QuorumIntegrationTest
@TestPropertySource(properties = {"quorum.secretariat.username=secretariat", "quorum.secretariat.password=s3cret-pass"})
class AllocationApiIT extends AllocationTestSupport {
    @Test
    void theSameSeedProposesTheSameSeatsAndFinalizingPublishesSeatAssignedPerSeat() {
        ObjectNode sco = committee(conference, 13, 1);
        String alpha = "Alpha " + UUID.randomUUID();
        String a = fixtures.applySchool(conference, alpha, 4);
        String beta = "Beta " + UUID.randomUUID();
        String b = fixtures.applySchool(conference, beta, 3);

        ApiClient.Response first = secretariat.post(allocations(), Map.of("seed", 42));
        ApiClient.Response second = secretariat.post(allocations(), Map.of("seed", 42));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("seed").asLong()).isEqualTo(42);
        assertThat(first.json().get("status").asString()).isEqualTo("PROPOSED");
        assertThat(first.json().get("seats")).isEqualTo(second.json().get("seats"));
        assertThat(first.json().get("seats").size()).isEqualTo(7);
        assertThat(first.json().get("freeSeats").asInt()).isEqualTo(6);
        assertThat(first.json()
                        .get("schools")
                        .valueStream()
                        .map(s -> s.get("unmet").asInt()))
                .containsOnly(0);
        ApiClient.Response random = secretariat.post(allocations(), "");
        assertThat(random.status()).as(random.body()).isEqualTo(201);
        assertThat(random.json().has("seed")).isTrue();

        String id = first.json().get("id").asString();
        assertThat(secretariat.get(allocations() + "/" + id).json().get("seats"))
                .isEqualTo(first.json().get("seats"));
        ApiClient.Response finalized = secretariat.post(allocations() + "/" + id + "/finalize", "");
        assertThat(finalized.status()).as(finalized.body()).isEqualTo(200);
        assertThat(finalized.json().get("status").asString()).isEqualTo("FINALIZED");

        List<ConsumerRecord<String, byte[]>> assigned = events("quorum.registration.SeatAssigned.v1", id, 7);
        assertThat(assigned).allSatisfy(r -> assertThat(r.key()).isEqualTo(conference));

        JsonNode all = secretariat.get(seatAssignments()).json();
        assertThat(all.get("totalItems").asLong()).isEqualTo(7);
        JsonNode alphas = fixtures.advisorOf(alpha).get(seatAssignments()).json();
        assertThat(alphas.get("totalItems").asLong()).isEqualTo(4);
        assertThat(alphas.get("items").valueStream().map(s -> s.get("schoolId").asString()))
                .containsOnly(a);
        JsonNode betas = fixtures.advisorOf(beta).get(seatAssignments()).json();
        assertThat(betas.get("items").valueStream().map(s -> s.get("schoolId").asString()))
                .as("the other school sees its own three seats, none of the first school's")
                .containsExactly(b, b, b);

        assertThat(secretariat.post(allocations() + "/" + id + "/finalize", "").status())
                .as("repeating completes, changes nothing")
                .isEqualTo(200);
        ApiClient.Response other =
                secretariat.post(allocations() + "/" + second.json().get("id").asString() + "/finalize", "");
        assertThat(other.status()).as("one finalized allocation per conference").isEqualTo(409);
        String seat = CommitteeEvents.seatId(sco, "China");
        assertThat(secretariat
                        .put(allocations() + "/" + id + "/seats/" + seat, nullSchool())
                        .status())
                .as("final")
                .isEqualTo(409);

        // Sentinels: each seat's events leave its own document in order, so once every seat's release
        // is on the topic, anything the repeated finalize published is there too.
        List<String> placed = all.get("items")
                .valueStream()
                .map(s -> s.get("seatId").asString())
                .toList();
        placed.forEach(
                s -> assertThat(secretariat.delete(seatAssignments() + "/" + s).status())
                        .isEqualTo(204));
        events("quorum.registration.SeatReleased.v1", conference, placed.size());
        assertThat(eventsUpToNow("quorum.registration.SeatAssigned.v1", id))
                .as("the repeated finalize published nothing")
                .hasSize(7);
    }

    @Test
    void manualMovesKeepOneHolderPerSeatAndTheSchoolsDelegation() {
        ObjectNode sco = committee(conference, 13, 1);
        String a = fixtures.applySchool(conference, "Gamma " + UUID.randomUUID(), 2);
        String b = fixtures.applySchool(conference, "Delta " + UUID.randomUUID(), 2);
        String id = secretariat
                .post(allocations(), Map.of("seed", 7))
                .json()
                .get("id")
                .asString();
        JsonNode proposal = secretariat.get(allocations() + "/" + id).json();
        String heldByA = seatOf(proposal, a);
        String free = freeSeat(proposal, sco);

        ApiClient.Response taken = secretariat.put(seatPath(id, heldByA), Map.of("schoolId", b));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("detail").asString()).contains(a).contains("release it first");
        ApiClient.Response over = secretariat.put(seatPath(id, free), Map.of("schoolId", b));
        assertThat(over.status()).as("b already has its 2 delegates placed").isEqualTo(409);

        ApiClient.Response released = secretariat.put(seatPath(id, heldByA), nullSchool());
        assertThat(released.status()).as(released.body()).isEqualTo(200);
        ApiClient.Response moved = secretariat.put(seatPath(id, free), Map.of("schoolId", a));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(seatOfSchool(moved.json(), free)).contains(a);
        assertThat(secretariat.put(seatPath(id, free), Map.of("schoolId", a)).status())
                .as("idempotent")
                .isEqualTo(200);

        ApiClient.Response unknownSchool = secretariat.put(seatPath(id, heldByA), Map.of("schoolId", "nope"));
        assertThat(unknownSchool.status()).isEqualTo(400);
        assertThat(unknownSchool.body()).contains("schoolId");
        assertThat(secretariat
                        .put(seatPath(id, "no-such-seat"), Map.of("schoolId", a))
                        .status())
                .isEqualTo(404);
        assertThat(secretariat.get(allocations() + "/nope").status()).isEqualTo(404);
    }

    @Test
    void fiftyConcurrentClaimsOfOneFreeSeatLetExactlyOneSchoolWin() throws Exception {
        ObjectNode sco = committee(conference, 13, 1);
        String id = secretariat
                .post(allocations(), Map.of("seed", 1))
                .json()
                .get("id")
                .asString();
        List<String> schools = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            schools.add(fixtures.applySchool(conference, "Racer " + i + " " + UUID.randomUUID(), 1));
        }
        String seat = CommitteeEvents.seatId(sco, "Kazakhstan");

        List<Integer> statuses =
                race(schools, school -> secretariat.put(seatPath(id, seat), Map.of("schoolId", school)));

        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        assertThat(statuses.stream().filter(s -> s == 409)).hasSize(49);
        JsonNode proposal = secretariat.get(allocations() + "/" + id).json();
        assertThat(proposal.get("seats").size()).isEqualTo(1);
    }

    @Test
    void onlyTheConferencesSecretariatAllocates() {
        committee(conference, 13, 1);
        String school = "Epsilon " + UUID.randomUUID();
        fixtures.applySchool(conference, school, 2);
        String id = secretariat
                .post(allocations(), Map.of("seed", 3))
                .json()
                .get("id")
                .asString();

        String elsewhere = fixtures.openConference(100);
        String foreignSchool = "Zeta " + UUID.randomUUID();
        fixtures.applySchool(elsewhere, foreignSchool, 2);
        ApiClient foreignAdvisor = fixtures.advisorOf(foreignSchool);
        ApiClient ownAdvisor = fixtures.advisorOf(school);
        ApiClient foreignSecretariat = fixtures.secretariatOf(elsewhere);

        assertThat(foreignSecretariat.post(allocations(), Map.of()).status()).isEqualTo(404);
        assertThat(foreignSecretariat.get(allocations() + "/" + id).status()).isEqualTo(404);
        assertThat(foreignSecretariat.get(seatAssignments()).status()).isEqualTo(404);
        assertThat(foreignAdvisor.post(allocations(), Map.of()).status()).isEqualTo(404);
        assertThat(foreignAdvisor.get(seatAssignments()).status()).isEqualTo(404);
        assertThat(ownAdvisor.post(allocations(), Map.of()).status()).isEqualTo(403);
        assertThat(ownAdvisor.post(allocations() + "/" + id + "/finalize", "").status())
                .isEqualTo(403);
        assertThat(api.post(allocations(), Map.of()).status()).isEqualTo(401);
        assertThat(secretariat
                        .get("/api/conferences/" + elsewhere + "/allocations/" + id)
                        .status())
                .as("an allocation belongs to its conference")
                .isEqualTo(404);

        secretariat.patch("/api/conferences/" + conference, Map.of("status", "REGISTRATION_CLOSED"));
        assertThat(secretariat.post(allocations(), Map.of()).status()).isEqualTo(201);
        secretariat.patch("/api/conferences/" + conference, Map.of("status", "RUNNING"));
        assertThat(secretariat.post(allocations(), Map.of()).status()).isEqualTo(409);
    }
}
