package dev.quorum.registration.allocation.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** After finalization: seats freed by a withdrawal or by hand go to other schools; advisors unseat delegates. */
@QuorumIntegrationTest
@TestPropertySource(properties = {"quorum.secretariat.username=secretariat", "quorum.secretariat.password=s3cret-pass"})
class SeatReassignmentApiIT extends AllocationTestSupport {
    @Test
    void aReleasedSeatGoesToExactlyOneOfManyConcurrentClaimantsAndCanBeFreedAgain() throws Exception {
        committee(conference, 3, 1);
        String alpha = "Alpha " + UUID.randomUUID();
        String a = fixtures.applySchool(conference, alpha, 2);
        String betaName = "Beta " + UUID.randomUUID();
        String b = fixtures.applySchool(conference, betaName, 1);
        String allocation = finalizedAllocation(7);
        String released = heldSeats(b).get(0);
        assertThat(fixtures.advisorOf(betaName)
                        .post("/api/schools/" + b + "/withdraw", "")
                        .status())
                .isEqualTo(200);
        events("quorum.registration.SeatReleased.v1", released, 1);
        assertThat(freeSeats()).as("the released seat is free, as no other is").containsExactly(released);

        List<String> claimants = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String name = "Gamma " + i + " " + UUID.randomUUID();
            names.add(name);
            claimants.add(fixtures.applySchool(conference, name, 1));
        }
        List<Integer> statuses =
                race(claimants, school -> secretariat.put(seatAssignment(released), Map.of("schoolId", school)));

        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        assertThat(statuses.stream().filter(s -> s == 409)).hasSize(19);
        String winner = claimants.get(statuses.indexOf(200));
        assertThat(heldSeats(winner)).containsExactly(released);
        assertThat(freeSeats()).isEmpty();
        List<ConsumerRecord<String, byte[]>> assigned = events("quorum.registration.SeatAssigned.v1", released, 2);
        JsonNode reassigned = assigned.stream()
                .map(r -> JSON.readTree(value(r)))
                .filter(e -> winner.equals(e.get("schoolId").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(reassigned.get("allocationId").asString()).isEqualTo(allocation);
        assertThat(reassigned.get("version").asLong())
                .as("one seat's events carry increasing versions: stored 1, released 2, given again 3")
                .isEqualTo(3);
        assertThat(secretariat
                        .put(seatAssignment(released), Map.of("schoolId", winner))
                        .status())
                .as("giving a school the seat it holds changes nothing")
                .isEqualTo(200);

        ApiClient winnerAdvisor = fixtures.advisorOf(names.get(claimants.indexOf(winner)));
        String delegate = winnerAdvisor
                .post("/api/schools/" + winner + "/delegates", Map.of("name", "Delegate", "grade", "11"))
                .json()
                .get("id")
                .asString();
        assertThat(winnerAdvisor
                        .put("/api/delegates/" + delegate + "/seat", Map.of("seatId", released))
                        .status())
                .isEqualTo(200);
        events("quorum.registration.DelegateSeated.v1", released, 1);
        assertThat(eventsUpToNow("quorum.registration.SeatAssigned.v1", released))
                .as("the repeated assignment published nothing")
                .hasSize(2);

        ApiClient.Response freed = secretariat.delete(seatAssignment(released));
        assertThat(freed.status()).as(freed.body()).isEqualTo(204);
        events("quorum.registration.DelegateUnseated.v1", released, 1);
        events("quorum.registration.SeatReleased.v1", released, 2);
        assertThat(heldSeats(winner)).isEmpty();
        assertThat(secretariat.delete(seatAssignment(released)).status())
                .as("freeing a free seat changes nothing")
                .isEqualTo(204);
        String loser =
                claimants.stream().filter(c -> !c.equals(winner)).findFirst().orElseThrow();
        assertThat(secretariat
                        .put(seatAssignment(released), Map.of("schoolId", loser))
                        .status())
                .isEqualTo(200);
        events("quorum.registration.SeatAssigned.v1", released, 3);
        assertThat(eventsUpToNow("quorum.registration.SeatReleased.v1", released))
                .as("freeing the free seat published nothing")
                .hasSize(2);
        assertThat(heldSeats(a)).hasSize(2);
        assertThat(heldSeats(loser)).containsExactly(released);
        assertThat(freeSeats()).isEmpty();
    }

    @Test
    void aSchoolNeverGetsMoreThanItRequestsAndBadRequestsChangeNothing() {
        ObjectNode singles = committee(conference, 4, 1);
        String alphaName = "Alpha " + UUID.randomUUID();
        String a = fixtures.applySchool(conference, alphaName, 2);
        String unplaced = singles.get("seats").get(3).get("seatId").asString();
        String otherConference = fixtures.openConference(100);

        assertThat(secretariat
                        .put(seatAssignment(unplaced), Map.of("schoolId", a))
                        .status())
                .as("before an allocation is final, seats move in the proposal")
                .isEqualTo(409);
        assertThat(secretariat.get(freeSeatsPath()).status()).isEqualTo(409);
        finalizedAllocation(1);
        assertThat(heldSeats(a)).hasSize(2);
        List<String> freeSeats = freeSeats();
        assertThat(freeSeats).as("the two seats the allocation did not place").hasSize(2);
        String free = freeSeats.get(0);
        assertThat(fixtures.advisorOf(alphaName).get(freeSeatsPath()).status()).isEqualTo(403);

        assertThat(secretariat.put(seatAssignment(free), Map.of("schoolId", a)).status())
                .as("the school has all the delegates it brings")
                .isEqualTo(409);
        ApiClient.Response missing = secretariat.put(seatAssignment(free), Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("schoolId");
        ApiClient.Response unknownSchool = secretariat.put(
                seatAssignment(free), Map.of("schoolId", UUID.randomUUID().toString()));
        assertThat(unknownSchool.status()).isEqualTo(400);
        assertThat(unknownSchool.json().get("errors").get(0).get("field").asString())
                .isEqualTo("schoolId");
        assertThat(secretariat
                        .put(seatAssignment("no-such-seat"), Map.of("schoolId", a))
                        .status())
                .isEqualTo(404);
        assertThat(secretariat.delete(seatAssignment("no-such-seat")).status()).isEqualTo(404);
        assertThat(fixtures.advisorOf(alphaName)
                        .put(seatAssignment(free), Map.of("schoolId", a))
                        .status())
                .as("an advisor may not give seats")
                .isEqualTo(403);
        assertThat(fixtures.advisorOf(alphaName)
                        .delete(seatAssignment(heldSeats(a).get(0)))
                        .status())
                .as("nor take them back")
                .isEqualTo(403);
        ApiClient stranger = fixtures.secretariatOf(otherConference);
        assertThat(stranger.put(seatAssignment(free), Map.of("schoolId", a)).status())
                .as("another conference's Secretariat does not see this one")
                .isEqualTo(404);
        assertThat(stranger.delete(seatAssignment(heldSeats(a).get(0))).status())
                .isEqualTo(404);

        assertThat(heldSeats(a)).hasSize(2);
        assertThat(secretariat.get(seatAssignments()).json().get("totalItems").asLong())
                .as("nothing changed")
                .isEqualTo(2);
    }

    @Test
    void anAdvisorUnseatsItsOwnDelegateOnlyAndTheSeatIsFreeForAnother() {
        committee(conference, 2, 1);
        String name = "Delta " + UUID.randomUUID();
        String school = fixtures.applySchool(conference, name, 2);
        ApiClient advisor = fixtures.advisorOf(name);
        finalizedAllocation(3);
        String seat = heldSeats(school).get(0);
        JsonNode first = advisor.post("/api/schools/" + school + "/delegates", Map.of("name", "First", "grade", "10"))
                .json();
        String delegate = first.get("id").asString();
        String second = advisor.post("/api/schools/" + school + "/delegates", Map.of("name", "Second", "grade", "10"))
                .json()
                .get("id")
                .asString();
        assertThat(advisor.put("/api/delegates/" + delegate + "/seat", Map.of("seatId", seat))
                        .status())
                .isEqualTo(200);
        String otherName = "Epsilon " + UUID.randomUUID();
        fixtures.applySchool(conference, otherName, 1);
        String delegateToken = api.post(
                        "/api/auth/token",
                        Map.of("accessCode", first.get("accessCode").asString()))
                .json()
                .get("access_token")
                .asString();

        assertThat(fixtures.advisorOf(otherName)
                        .delete("/api/delegates/" + delegate + "/seat")
                        .status())
                .as("another school's advisor does not see the delegate")
                .isEqualTo(404);
        assertThat(api.withToken(delegateToken)
                        .delete("/api/delegates/" + delegate + "/seat")
                        .status())
                .as("a delegate does not do its advisor's work")
                .isIn(403, 404);
        assertThat(advisor.put("/api/delegates/" + second + "/seat", Map.of("seatId", seat))
                        .status())
                .as("the seat is full")
                .isEqualTo(409);

        ApiClient.Response unseated = advisor.delete("/api/delegates/" + delegate + "/seat");
        assertThat(unseated.status()).as(unseated.body()).isEqualTo(204);
        events("quorum.registration.DelegateUnseated.v1", delegate, 1);
        assertThat(advisor.delete("/api/delegates/" + delegate + "/seat").status())
                .as("unseating a delegate that sits nowhere changes nothing")
                .isEqualTo(204);
        assertThat(advisor.put("/api/delegates/" + second + "/seat", Map.of("seatId", seat))
                        .status())
                .as("the place it left is free")
                .isEqualTo(200);
        events("quorum.registration.DelegateSeated.v1", second, 1);
        assertThat(eventsUpToNow("quorum.registration.DelegateUnseated.v1", delegate))
                .as("the second unseating published nothing")
                .hasSize(1);
    }

    private String seatAssignment(String seatId) {
        return seatAssignments() + "/" + seatId;
    }

    private String freeSeatsPath() {
        return "/api/conferences/" + conference + "/free-seats?size=100";
    }

    private List<String> freeSeats() {
        ApiClient.Response free = secretariat.get(freeSeatsPath());
        assertThat(free.status()).as(free.body()).isEqualTo(200);
        return free.json()
                .get("items")
                .valueStream()
                .map(s -> s.get("seatId").asString())
                .toList();
    }

    private List<String> heldSeats(String schoolId) {
        return secretariat
                .get(seatAssignments() + "?size=100")
                .json()
                .get("items")
                .valueStream()
                .filter(s -> schoolId.equals(s.get("schoolId").asString()))
                .map(s -> s.get("seatId").asString())
                .toList();
    }
}
