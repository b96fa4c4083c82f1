package dev.quorum.committee.committee.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.committee.committee.domain.Committee;
import dev.quorum.committee.committee.domain.CommitteeChanges;
import dev.quorum.committee.committee.domain.CommitteeDetails;
import dev.quorum.committee.committee.domain.CommitteeType;
import dev.quorum.committee.committee.domain.RulesPresets;
import dev.quorum.committee.committee.domain.SeatDraft;
import dev.quorum.committee.committee.domain.SeatKind;
import dev.quorum.platform.outbox.PendingEvent;
import dev.quorum.platform.outbox.PendingEventFactory;
import dev.quorum.platform.test.EventContracts;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What this service really publishes matches the schemas that registration-service's consumer
 * tests read (through the golden examples): every seat kind, the largest committee, both events.
 */
class ProducedCommitteeEventsContractTest {
    private final JsonMapper json = JsonMapper.builder().build();
    private final CommitteeIntegrationEvents events =
            new CommitteeIntegrationEvents(new PendingEventFactory(json, Clock.systemUTC()));

    @Test
    void committeeCreatedMatchesItsSchemaAndGoesToTheCommitteesKey() {
        Committee.Change created = committee(seats(13), 2);
        Committee committee = created.committee();

        PendingEvent event = events.toPending(created.events()).get(0);

        assertThat(event.type()).isEqualTo("quorum.committee.CommitteeCreated.v1");
        assertThat(event.topic()).isEqualTo("committee.events");
        assertThat(event.key()).isEqualTo(committee.id());
        assertThat(event.subject()).isEqualTo(committee.id());
        assertThat(EventContracts.violations("CommitteeCreated.v1", event.data()))
                .isEmpty();
        JsonNode data = json.readTree(event.data());
        assertThat(data.get("version").asLong()).isEqualTo(1);
        assertThat(data.get("delegationSize").asInt()).isEqualTo(2);
        assertThat(data.get("seats")).hasSize(13);
    }

    @Test
    void committeeSeatsChangedMatchesItsSchemaWithTheWholeNewSeatListAndTheNewVersion() {
        Committee committee = committee(seats(3), 1).committee();
        Committee.Change change = committee.revise(
                new CommitteeChanges(null, null, seats(500), null),
                () -> UUID.randomUUID().toString());

        PendingEvent event = events.toPending(change.events()).get(0);

        assertThat(event.type()).isEqualTo("quorum.committee.CommitteeSeatsChanged.v1");
        assertThat(EventContracts.violations("CommitteeSeatsChanged.v1", event.data()))
                .isEmpty();
        JsonNode data = json.readTree(event.data());
        assertThat(data.get("version").asLong()).isEqualTo(2);
        assertThat(data.get("seats")).hasSize(500);
    }

    private static Committee.Change committee(List<SeatDraft> seats, int delegationSize) {
        CommitteeDetails details = new CommitteeDetails(
                "Shanghai Cooperation Organisation", "SCO", CommitteeType.SPECIALISED_AGENCY, null, List.of(), null);
        return Committee.create(
                UUID.randomUUID().toString(),
                UUID.randomUUID().toString(),
                details,
                delegationSize,
                RulesPresets.of(RulesPresets.CONSENSUS),
                seats,
                () -> UUID.randomUUID().toString(),
                Instant.now());
    }

    /** {@code n} seats of every kind in turn. */
    private static List<SeatDraft> seats(int n) {
        List<SeatDraft> seats = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            seats.add(new SeatDraft(null, "Seat " + i, SeatKind.values()[i % SeatKind.values().length]));
        }
        return seats;
    }
}
