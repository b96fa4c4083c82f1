package dev.quorum.registration.allocation.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@QuorumIntegrationTest
@TestPropertySource(properties = {"quorum.secretariat.username=secretariat", "quorum.secretariat.password=s3cret-pass"})
class SeatingApiIT extends AllocationTestSupport {

    @Test
    void fiftyDelegatesRaceForOneSeatAndTwoForADoubleThenAWithdrawalReleasesEverything() throws Exception {
        ObjectNode singles = committee(conference, 13, 1);
        ObjectNode doubles = committee(conference, 3, 2);
        String name = "Eta " + UUID.randomUUID();
        String school = fixtures.applySchool(conference, name, 50);
        ApiClient advisor = fixtures.advisorOf(name);
        finalizedAllocation(5);
        List<String> delegates = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            JsonNode added = advisor.post(
                            "/api/schools/" + school + "/delegates", Map.of("name", "Delegate " + i, "grade", "11"))
                    .json();
            delegates.add(added.get("id").asString());
            codes.add(added.get("accessCode").asString());
        }
        String single = singles.get("seats").get(0).get("seatId").asString();
        String pair = doubles.get("seats").get(0).get("seatId").asString();

        List<Integer> forSingle =
                race(delegates, d -> advisor.put("/api/delegates/" + d + "/seat", Map.of("seatId", single)));
        assertThat(forSingle.stream().filter(s -> s == 200)).hasSize(1);
        assertThat(forSingle.stream().filter(s -> s == 409)).hasSize(49);
        String winner = delegates.get(forSingle.indexOf(200));
        List<String> others = new ArrayList<>(delegates);
        others.remove(winner);
        List<Integer> forPair = race(others, d -> advisor.put("/api/delegates/" + d + "/seat", Map.of("seatId", pair)));
        assertThat(forPair.stream().filter(s -> s == 200)).hasSize(2);
        assertThat(forPair.stream().filter(s -> s == 409)).hasSize(47);
        events("quorum.registration.DelegateSeated.v1", single, 1);
        events("quorum.registration.DelegateSeated.v1", pair, 2);

        JsonNode token = claims(api.post("/api/auth/token", Map.of("accessCode", codes.get(delegates.indexOf(winner))))
                .json()
                .get("access_token")
                .asString());
        assertThat(token.get("seat").asString())
                .as("a seated delegate's token names its seat")
                .isEqualTo(single);

        String free = singles.get("seats").get(1).get("seatId").asString();
        ApiClient.Response moved = advisor.put("/api/delegates/" + winner + "/seat", Map.of("seatId", free));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("delegates").valueStream().map(JsonNode::asString))
                .containsExactly(winner);
        events("quorum.registration.DelegateUnseated.v1", single, 1);
        assertThat(eventsUpToNow("quorum.registration.DelegateSeated.v1", single))
                .as("the 49 who lost published nothing (the move out is the seat's sentinel)")
                .hasSize(1);

        String otherName = "Theta " + UUID.randomUUID();
        fixtures.applySchool(conference, otherName, 2);
        ApiClient otherAdvisor = fixtures.advisorOf(otherName);
        assertThat(otherAdvisor
                        .put("/api/delegates/" + winner + "/seat", Map.of("seatId", single))
                        .status())
                .as("another school's advisor does not see the delegate")
                .isEqualTo(404);
        assertThat(otherAdvisor.get(seatAssignments()).json().get("totalItems").asLong())
                .isZero();

        ApiClient.Response withdrawn = advisor.post("/api/schools/" + school + "/withdraw", "");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        events("quorum.registration.SeatReleased.v1", pair, 1);
        events("quorum.registration.DelegateUnseated.v1", pair, 2);
        assertThat(eventsUpToNow("quorum.registration.DelegateSeated.v1", pair))
                .as("the 47 who lost published nothing (the release is the seat's sentinel)")
                .hasSize(2);
        assertThat(secretariat.get(seatAssignments()).json().get("totalItems").asLong())
                .as("every seat of the school was released")
                .isZero();
    }
}
