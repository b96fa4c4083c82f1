package dev.quorum.registration.catalogue.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quorum.platform.test.KafkaTestClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.registration.catalogue.application.CommitteeCatalog;
import dev.quorum.registration.catalogue.domain.Committee;
import dev.quorum.registration.catalogue.domain.CommitteeSeat;
import dev.quorum.registration.catalogue.domain.Seat;
import dev.quorum.registration.catalogue.domain.SeatKind;
import dev.quorum.registration.testing.CommitteeEvents;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** committee.events reach the committee catalogue: once, newest snapshot wins, past poison messages. */
@QuorumIntegrationTest
@TestPropertySource(properties = {"quorum.secretariat.username=secretariat", "quorum.secretariat.password=s3cret-pass"})
class CommitteeEventsIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    CommitteeCatalog catalog;

    @Test
    void committeeCreatedFillsTheCatalogueWithTheCommitteeAndItsSeats() {
        String conference = newId();
        String committee = newId();
        ObjectNode created = CommitteeEvents.created(committee, conference);

        CommitteeEvents.publish(CommitteeEvents.CREATED, created);

        await().atMost(WAIT)
                .until(() -> catalog.findCommittee(conference, committee).isPresent());
        Committee sco = catalog.findCommittee(conference, committee).orElseThrow();
        assertThat(sco.name()).isEqualTo("Shanghai Cooperation Organisation");
        assertThat(sco.abbreviation()).isEqualTo("SCO");
        assertThat(sco.delegationSize()).isEqualTo(1);
        assertThat(sco.seats().stream().map(Seat::name)).containsExactlyElementsOf(CommitteeEvents.seatNames(created));
        assertThat(sco.seats().stream()
                        .filter(s -> s.kind() == SeatKind.OBSERVER)
                        .map(Seat::name))
                .containsExactly("Afghanistan", "Mongolia");

        String kazakhstan = CommitteeEvents.seatId(created, "Kazakhstan");
        assertThat(catalog.findSeat(conference, committee, kazakhstan))
                .contains(new CommitteeSeat(committee, kazakhstan, "Kazakhstan", SeatKind.MEMBER, 1));
        assertThat(catalog.seatsOf(conference))
                .hasSize(13)
                .allSatisfy(seat -> assertThat(seat.committeeId()).isEqualTo(committee));
        assertThat(catalog.committeesOf(conference)).extracting(Committee::id).containsExactly(committee);

        String otherConference = newId();
        assertThat(catalog.findCommittee(otherConference, committee))
                .as("scoped by conference")
                .isEmpty();
        assertThat(catalog.findSeat(otherConference, committee, kazakhstan)).isEmpty();
        assertThat(catalog.seatsOf(otherConference)).isEmpty();
        assertThat(catalog.findCommittees(conference, List.of(committee, newId())))
                .extracting(Committee::id)
                .containsExactly(committee);
        assertThat(catalog.findCommittees(otherConference, List.of(committee))).isEmpty();
    }

    @Test
    void aNewerSeatSnapshotReplacesTheSeatsAndKeepsTheCommittee() {
        String conference = newId();
        String committee = newId();
        CommitteeEvents.publish(CommitteeEvents.CREATED, CommitteeEvents.created(committee, conference));
        ObjectNode changed = CommitteeEvents.seatsChanged(committee, conference, 4);

        CommitteeEvents.publish(CommitteeEvents.SEATS_CHANGED, changed);

        await().atMost(WAIT)
                .until(() -> catalog.findCommittee(conference, committee)
                        .map(Committee::delegationSize)
                        .equals(java.util.Optional.of(2)));
        Committee sco = catalog.findCommittee(conference, committee).orElseThrow();
        assertThat(sco.seats().stream().map(Seat::name))
                .containsExactlyElementsOf(CommitteeEvents.seatNames(changed))
                .contains("Türkiye")
                .doesNotContain("Collective Security Treaty Organization");
        assertThat(sco.name()).as("kept from CommitteeCreated").isEqualTo("Shanghai Cooperation Organisation");
        assertThat(catalog.seatsOf(conference))
                .hasSize(13)
                .allSatisfy(s -> assertThat(s.delegationSize()).isEqualTo(2));
    }

    @Test
    void anOlderSeatSnapshotArrivingLateChangesNothing() {
        String conference = newId();
        String committee = newId();
        CommitteeEvents.publish(CommitteeEvents.CREATED, CommitteeEvents.created(committee, conference));
        ObjectNode newer = CommitteeEvents.seatsChanged(committee, conference, 4);
        CommitteeEvents.publish(CommitteeEvents.SEATS_CHANGED, newer);
        ObjectNode older = CommitteeEvents.withFirstSeats(CommitteeEvents.seatsChanged(committee, conference, 3), 2);
        older.put("delegationSize", 1);

        CommitteeEvents.publish(CommitteeEvents.SEATS_CHANGED, older);

        awaitSentinelAfter(committee);
        Committee sco = catalog.findCommittee(conference, committee).orElseThrow();
        assertThat(sco.delegationSize()).isEqualTo(2);
        assertThat(sco.seats().stream().map(Seat::name)).containsExactlyElementsOf(CommitteeEvents.seatNames(newer));
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        String conference = newId();
        String committee = newId();
        String createdId = newId();
        CommitteeEvents.publish(
                committee, createdId, CommitteeEvents.CREATED, CommitteeEvents.created(committee, conference));
        String changedId = newId();
        ObjectNode changed = CommitteeEvents.seatsChanged(committee, conference, 4);
        CommitteeEvents.publish(committee, changedId, CommitteeEvents.SEATS_CHANGED, changed);
        await().atMost(WAIT)
                .until(() -> catalog.findCommittee(conference, committee)
                        .map(Committee::delegationSize)
                        .equals(java.util.Optional.of(2)));

        // The same events again (same ids and versions) with altered data: applying them would show.
        ObjectNode tamperedCreated = CommitteeEvents.created(committee, conference);
        tamperedCreated.put("name", "TAMPERED");
        CommitteeEvents.publish(committee, createdId, CommitteeEvents.CREATED, tamperedCreated);
        ObjectNode tamperedSeats =
                CommitteeEvents.withFirstSeats(CommitteeEvents.seatsChanged(committee, conference, 4), 1);
        CommitteeEvents.publish(committee, changedId, CommitteeEvents.SEATS_CHANGED, tamperedSeats);

        awaitSentinelAfter(committee);
        Committee sco = catalog.findCommittee(conference, committee).orElseThrow();
        assertThat(sco.name()).isEqualTo("Shanghai Cooperation Organisation");
        assertThat(sco.seats().stream().map(Seat::name)).containsExactlyElementsOf(CommitteeEvents.seatNames(changed));
    }

    @Test
    void poisonEventsGoToTheDeadLetterTopicAndLaterEventsStillFlow() {
        String key = newId();
        String conference = newId();
        byte[] garbage = "not a cloud event".getBytes(StandardCharsets.UTF_8);
        KafkaTestClient.publish(new ProducerRecord<>(CommitteeEvents.TOPIC, key, garbage));
        ObjectNode tripleDelegation = CommitteeEvents.created(newId(), conference);
        tripleDelegation.put("delegationSize", 3);
        ObjectNode unknownKind = CommitteeEvents.created(newId(), conference);
        ((ObjectNode) unknownKind.get("seats").get(0)).put("kind", "PRESS");
        ObjectNode repeatedSeat = CommitteeEvents.seatsChanged(newId(), conference, 2);
        ((ObjectNode) repeatedSeat.get("seats").get(1))
                .put("seatId", repeatedSeat.get("seats").get(0).get("seatId").asString());
        List<ObjectNode> poisons = List.of(tripleDelegation, unknownKind, repeatedSeat);
        CommitteeEvents.publish(key, newId(), CommitteeEvents.CREATED, tripleDelegation);
        CommitteeEvents.publish(key, newId(), CommitteeEvents.CREATED, unknownKind);
        CommitteeEvents.publish(key, newId(), CommitteeEvents.SEATS_CHANGED, repeatedSeat);
        ObjectNode unknownType = CommitteeEvents.created(newId(), conference);
        CommitteeEvents.publish(key, newId(), "quorum.committee.CommitteeRenamed.v1", unknownType);
        String later = newId();
        CommitteeEvents.publish(key, newId(), CommitteeEvents.CREATED, CommitteeEvents.created(later, conference));

        await().atMost(WAIT)
                .until(() -> catalog.findCommittee(conference, later).isPresent());
        String lastPoison = json.writeValueAsString(repeatedSeat);
        // Read the whole dead-letter topic to its end: stopping at the last poison would never see a
        // dead letter of the unknown type, which was sent after it.
        List<ConsumerRecord<String, byte[]>> deadLetters = await().atMost(WAIT)
                .until(
                        () -> KafkaTestClient.readToEnd(CommitteeEvents.TOPIC + "-dlt", WAIT).stream()
                                .filter(r -> key.equals(r.key()))
                                .toList(),
                        letters -> letters.stream().anyMatch(r -> lastPoison.equals(text(r))));
        Set<String> deadValues =
                deadLetters.stream().map(CommitteeEventsIT::text).collect(Collectors.toSet());
        assertThat(deadValues)
                .contains("not a cloud event")
                .containsAll(poisons.stream().map(json::writeValueAsString).toList())
                .as("unknown types are skipped, not dead-lettered")
                .doesNotContain(json.writeValueAsString(unknownType));
        assertThat(deadLetters)
                .allSatisfy(r -> assertThat(KafkaTestClient.header(r, "kafka_dlt-exception-fqcn"))
                        .isNotBlank());
        assertThat(catalog.committeesOf(conference)).extracting(Committee::id).containsExactly(later);
    }

    /**
     * Waits until a committee published after everything sent so far for {@code key} is in the
     * catalogue: same key, same partition, so everything before it has been handled.
     */
    private void awaitSentinelAfter(String key) {
        String sentinelConference = newId();
        String sentinel = newId();
        CommitteeEvents.publish(
                key, newId(), CommitteeEvents.CREATED, CommitteeEvents.created(sentinel, sentinelConference));
        await().atMost(WAIT)
                .until(() -> catalog.findCommittee(sentinelConference, sentinel).isPresent());
    }

    private static String text(ConsumerRecord<String, byte[]> record) {
        return record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
