package dev.quorum.committee.session.web;

import static dev.quorum.committee.testing.InMemoryCommittees.seatId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quorum.committee.committee.application.CommitteeView;
import dev.quorum.committee.testing.InMemoryCommittees;
import dev.quorum.committee.testing.SseRecorder;
import dev.quorum.platform.security.Roles;
import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.EventContracts;
import dev.quorum.platform.test.KafkaTestClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.platform.test.Race;
import dev.quorum.platform.test.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A session run over HTTP against the real broker and store, its events, its stream, and its guards. */
@QuorumIntegrationTest
class SessionApiIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestConfiguration
    static class Committees {
        @Bean
        @Primary
        InMemoryCommittees inMemoryCommittees() {
            return new InMemoryCommittees();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    InMemoryCommittees committees;

    private ApiClient as(String token) {
        return ApiClient.local(port).withToken(token);
    }

    private static String chairOf(CommitteeView c) {
        return TestTokens.builder()
                .roles(Roles.CHAIR)
                .conferences(c.conferenceId())
                .committees(c.committeeId())
                .sign();
    }

    private static String chairOfAnotherCommitteeOf(CommitteeView c) {
        return TestTokens.builder()
                .roles(Roles.CHAIR)
                .conferences(c.conferenceId())
                .committees(UUID.randomUUID().toString())
                .sign();
    }

    private String delegateOf(CommitteeView c, String seatName) {
        String delegateId = "delegate-" + UUID.randomUUID();
        committees.seat(c.committeeId(), seatId(c, seatName), delegateId);
        return TestTokens.builder()
                .subject(delegateId)
                .roles(Roles.DELEGATE)
                .conferences(c.conferenceId())
                .seat(seatId(c, seatName))
                .sign();
    }

    private String openWithEveryonePresent(CommitteeView c, String chair) {
        ApiClient.Response opened = as(chair).post("/api/committees/" + c.committeeId() + "/sessions", Map.of());
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String sessionId = opened.json().get("sessionId").asString();
        List<Map<String, String>> entries = c.seats().stream()
                .map(s -> Map.of("seatId", s.seatId(), "attendance", "PRESENT"))
                .toList();
        assertThat(as(chair)
                        .put("/api/sessions/" + sessionId + "/roll-call", Map.of("entries", entries))
                        .status())
                .isEqualTo(200);
        return sessionId;
    }

    @Test
    void whenModeratedCaucusPassesByVoteThenItStartsWithItsTimerOnTheStream() {
        CommitteeView sco = committees.newSco();
        String chair = chairOf(sco);
        String sessionId = openWithEveryonePresent(sco, chair);
        String india = delegateOf(sco, "India");
        String base = "/api/sessions/" + sessionId;

        try (SseRecorder stream =
                SseRecorder.open("http://127.0.0.1:" + port + base + "/stream", delegateOf(sco, "Iran"), null)) {
            await().atMost(WAIT).until(() -> !stream.sessionEvents().isEmpty());

            assertThat(as(india)
                            .post(base + "/speakers", Map.of("seatId", seatId(sco, "India")))
                            .status())
                    .isEqualTo(200);
            assertThat(as(chair).post(base + "/speakers/next", Map.of()).status())
                    .isEqualTo(200);
            ApiClient.Response yielded = as(india)
                    .post(base + "/speakers/yield", Map.of("to", "DELEGATE", "seatId", seatId(sco, "Pakistan")));
            assertThat(yielded.json().get("currentSpeaker").get("name").asString())
                    .isEqualTo("Pakistan");

            ApiClient.Response raised = as(india)
                    .post(
                            base + "/motions",
                            Map.of(
                                    "type",
                                    "MODERATED_CAUCUS",
                                    "seatId",
                                    seatId(sco, "India"),
                                    "durationSeconds",
                                    600,
                                    "speakingTimeSeconds",
                                    60,
                                    "topic",
                                    "Regional security after January 2022"));
            assertThat(raised.status()).as(raised.body()).isEqualTo(201);
            String motionId =
                    raised.json().get("pendingMotions").get(0).get("motionId").asString();
            ApiClient.Response voting = as(chair).post(base + "/motions/" + motionId + "/vote", Map.of());
            String voteId = voting.json().get("currentVote").get("voteId").asString();

            JsonNode request = JSON.readTree(awaitEvent(sco, "quorum.committee.VoteRequested.v1", voteId));
            assertThat(EventContracts.violations("VoteRequested.v1", request.toString()))
                    .isEmpty();
            assertThat(request.get("seats")).hasSize(12);
            assertThat(request.get("rule").get("majority").asString()).isEqualTo("SIMPLE");

            publishVoteClosed(sco, sessionId, voteId, motionId, "ADOPTED");

            await().atMost(WAIT)
                    .until(() -> stream.sessionEvents().stream()
                            .anyMatch(e -> e.contains("\"state\":\"MODERATED_CAUCUS\"")));
            JsonNode live = JSON.readTree(
                    stream.sessionEvents().get(stream.sessionEvents().size() - 1));
            assertThat(live.get("caucus").get("timer").get("durationSeconds").asInt())
                    .isEqualTo(600);
            assertThat(live.get("caucusList").get("listId").asString()).isEqualTo(motionId);
            assertThat(live.get("currentVote")).isNull();
            assertThat(stream.lines()).contains(":connected");
            assertThat(stream.ids())
                    .doesNotHaveDuplicates()
                    .isSortedAccordingTo((a, b) -> Long.compare(Long.parseLong(a), Long.parseLong(b)));
        }
    }

    @Test
    void aRedeliveredVoteResultChangesNothing() {
        CommitteeView sco = committees.newSco();
        String chair = chairOf(sco);
        String sessionId = openWithEveryonePresent(sco, chair);
        String base = "/api/sessions/" + sessionId;
        String caucus = raiseAndSendToVote(
                chair,
                base,
                Map.of(
                        "type",
                        "MODERATED_CAUCUS",
                        "seatId",
                        seatId(sco, "China"),
                        "durationSeconds",
                        600,
                        "speakingTimeSeconds",
                        60,
                        "topic",
                        "Borders"));
        String caucusVote = currentVote(chair, base);
        publishVoteClosed(sco, sessionId, caucusVote, caucus, "ADOPTED");
        await().atMost(WAIT).until(() -> "MODERATED_CAUCUS".equals(state(chair, base)));
        JsonNode afterFirst = as(chair).get(base).json();

        String speakingTime = raiseAndSendToVote(
                chair,
                base,
                Map.of("type", "SET_SPEAKING_TIME", "seatId", seatId(sco, "Iran"), "speakingTimeSeconds", 45));
        String speakingVote = currentVote(chair, base);
        long versionBefore = as(chair).get(base).json().get("version").asLong();
        publishVoteClosed(sco, sessionId, caucusVote, caucus, "ADOPTED"); // redelivered
        publishVoteClosed(sco, sessionId, caucusVote, caucus, "REJECTED"); // replayed with another outcome
        publishVoteClosed(sco, sessionId, speakingVote, speakingTime, "ADOPTED"); // same partition, after them
        await().atMost(WAIT)
                .until(() ->
                        as(chair).get(base).json().get("speakingTimeSeconds").asInt() == 45);

        JsonNode after = as(chair).get(base).json();
        assertThat(after.get("version").asLong()).isEqualTo(versionBefore + 1);
        // the caucus is the one the first result started, its clock not restarted (remainingSeconds runs on)
        assertThat(after.get("caucus").get("motionId"))
                .isEqualTo(afterFirst.get("caucus").get("motionId"));
        assertThat(after.get("caucus").get("timer").get("startedAt"))
                .isEqualTo(afterFirst.get("caucus").get("timer").get("startedAt"));
        assertThat(after.get("state").asString()).isEqualTo("MODERATED_CAUCUS");
    }

    @Test
    void twoChairsAddingSpeakersAtTheSameMomentLoseNoEntry() throws Exception {
        CommitteeView sco = committees.newSco();
        String chair = chairOf(sco);
        String coChair = chairOf(sco);
        String sessionId = openWithEveryonePresent(sco, chair);
        List<String> seats = sco.seats().stream().map(s -> s.seatId()).toList();

        List<Integer> statuses = Race.run(
                IntStream.range(0, seats.size()).boxed().toList(),
                i -> as(i % 2 == 0 ? chair : coChair)
                        .post("/api/sessions/" + sessionId + "/speakers", Map.of("seatId", seats.get(i)))
                        .status());

        assertThat(statuses).containsOnly(200);
        JsonNode list = as(chair)
                .get("/api/sessions/" + sessionId)
                .json()
                .get("generalList")
                .get("queue");
        assertThat(list.valueStream().map(e -> e.get("seatId").asString()).toList())
                .containsExactlyInAnyOrderElementsOf(seats);
    }

    @Test
    void aCommitteeHasOneOpenSessionEvenWhenChairsOpenAtOnce() throws Exception {
        CommitteeView sco = committees.newSco();
        String chair = chairOf(sco);

        List<Integer> statuses = Race.run(
                List.of(1, 2, 3, 4),
                i -> as(chair)
                        .post("/api/committees/" + sco.committeeId() + "/sessions", Map.of())
                        .status());

        assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409);
    }

    @Test
    void onlyTheCommitteesChairsAndEachDelegateForTheirOwnSeatActAndARefusalChangesNothing() {
        CommitteeView sco = committees.newSco();
        CommitteeView other = committees.newSco();
        String chair = chairOf(sco);
        String sessionId = openWithEveryonePresent(sco, chair);
        String base = "/api/sessions/" + sessionId;
        long version = as(chair).get(base).json().get("version").asLong();
        String unseatedDelegate = TestTokens.builder()
                .roles(Roles.DELEGATE)
                .conferences(sco.conferenceId())
                .seat(seatId(sco, "Russia"))
                .sign();
        String secretariatElsewhere = TestTokens.builder()
                .roles(Roles.SECRETARIAT)
                .conferences(other.conferenceId())
                .sign();
        Map<String, Object> russia = Map.of("seatId", seatId(sco, "Russia"));

        record Case(String who, String token, String method, String path, Object body, int status) {}
        List<Case> cases = List.of(
                new Case(
                        "chair of another committee",
                        chairOfAnotherCommitteeOf(sco),
                        "POST",
                        base + "/speakers",
                        russia,
                        403),
                new Case("chair in another conference", chairOf(other), "POST", base + "/speakers", russia, 404),
                new Case(
                        "delegate for another seat", delegateOf(sco, "India"), "POST", base + "/speakers", russia, 403),
                new Case(
                        "delegate the roster does not confirm",
                        unseatedDelegate,
                        "POST",
                        base + "/speakers",
                        russia,
                        403),
                new Case(
                        "delegate calling the next speaker",
                        delegateOf(sco, "Russia"),
                        "POST",
                        base + "/speakers/next",
                        Map.of(),
                        403),
                new Case(
                        "delegate taking the roll",
                        delegateOf(sco, "Russia"),
                        "PUT",
                        base + "/roll-call",
                        Map.of("entries", List.of(Map.of("seatId", seatId(sco, "Russia"), "attendance", "ABSENT"))),
                        403),
                new Case(
                        "Secretariat of another conference",
                        secretariatElsewhere,
                        "POST",
                        base + "/suspend",
                        Map.of(),
                        404));
        for (Case c : cases) {
            ApiClient.Response response = c.method().equals("PUT")
                    ? as(c.token()).put(c.path(), c.body())
                    : as(c.token()).post(c.path(), c.body());
            assertThat(response.status()).as(c.who() + ": " + response.body()).isEqualTo(c.status());
        }
        assertThat(as(chair).get(base).json().get("version").asLong()).isEqualTo(version);
        assertThat(as(delegateOf(sco, "Russia"))
                        .post(base + "/speakers", russia)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aCommitteesSessionsAreListedNewestFirstAndOpenTrueFindsTheOpenOne() {
        CommitteeView sco = committees.newSco();
        CommitteeView other = committees.newSco();
        String chair = chairOf(sco);
        String adjourned = openWithEveryonePresent(sco, chair);
        assertThat(as(chair)
                        .post("/api/sessions/" + adjourned + "/adjourn", Map.of())
                        .status())
                .isEqualTo(200);
        String open = openWithEveryonePresent(sco, chair);
        String list = "/api/committees/" + sco.committeeId() + "/sessions";

        ApiClient.Response all = as(delegateOf(sco, "India")).get(list);
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.json().get("totalItems").asLong()).isEqualTo(2);
        assertThat(all.json().get("page").asInt()).isZero();
        assertThat(all.json().get("size").asInt()).isEqualTo(20);
        JsonNode items = all.json().get("items");
        assertThat(List.of(
                        items.get(0).get("sessionId").asString(),
                        items.get(1).get("sessionId").asString()))
                .containsExactly(open, adjourned);
        assertThat(items.get(0).get("state").asString()).isEqualTo("FORMAL_DEBATE");
        assertThat(items.get(1).get("state").asString()).isEqualTo("ADJOURNED");
        assertThat(items.get(0).get("committeeId").asString()).isEqualTo(sco.committeeId());
        assertThat(items.get(0).has("openedAt")).isTrue();
        assertThat(items.get(0).has("version")).isTrue();

        ApiClient.Response openOnly = as(chair).get(list + "?open=true");
        assertThat(openOnly.json().get("totalItems").asLong()).isEqualTo(1);
        assertThat(openOnly.json().get("items").get(0).get("sessionId").asString())
                .isEqualTo(open);
        ApiClient.Response secondPage = as(chair).get(list + "?page=1&size=1");
        assertThat(secondPage.json().get("items").get(0).get("sessionId").asString())
                .isEqualTo(adjourned);
        assertThat(as(chairOf(other))
                        .get("/api/committees/" + other.committeeId() + "/sessions?open=true")
                        .json()
                        .get("items")
                        .size())
                .isZero();

        // who may read it: as for GET /api/sessions/{id}
        String secretariatElsewhere = TestTokens.builder()
                .roles(Roles.SECRETARIAT)
                .conferences(other.conferenceId())
                .sign();
        for (String token : List.of(secretariatElsewhere, chairOf(other))) {
            assertThat(as(token).get(list).status()).isEqualTo(404);
            assertThat(as(token).get("/api/sessions/" + open).status()).isEqualTo(404);
        }
        assertThat(as(chairOfAnotherCommitteeOf(sco)).get(list).status()).isEqualTo(200);
        assertThat(as(chairOfAnotherCommitteeOf(sco))
                        .get("/api/sessions/" + open)
                        .status())
                .isEqualTo(200);
        assertThat(as(chair).get("/api/committees/no-such-committee/sessions").status())
                .isEqualTo(404);

        for (String bad : List.of("?page=-1", "?size=0", "?size=101", "?page=10001", "?page=x", "?open=maybe")) {
            ApiClient.Response response = as(chair).get(list + bad);
            assertThat(response.status()).as(bad + ": " + response.body()).isEqualTo(400);
        }
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndStateRulesAreConflictsSayingWhy() {
        CommitteeView sco = committees.newSco();
        String chair = chairOf(sco);
        ApiClient.Response opened = as(chair).post("/api/committees/" + sco.committeeId() + "/sessions", Map.of());
        String base = "/api/sessions/" + opened.json().get("sessionId").asString();

        ApiClient.Response unknownSeat = as(chair)
                .put(
                        base + "/roll-call",
                        Map.of("entries", List.of(Map.of("seatId", "narnia", "attendance", "PRESENT"))));
        ApiClient.Response badAttendance = as(chair)
                .put(
                        base + "/roll-call",
                        Map.of("entries", List.of(Map.of("seatId", seatId(sco, "India"), "attendance", "MAYBE"))));
        ApiClient.Response shortCaucus = as(chair)
                .post(
                        base + "/motions",
                        Map.of(
                                "type",
                                "MODERATED_CAUCUS",
                                "seatId",
                                seatId(sco, "India"),
                                "durationSeconds",
                                5,
                                "speakingTimeSeconds",
                                60,
                                "topic",
                                "x"));
        ApiClient.Response strangerInTheOrder =
                as(chair).put(base + "/speakers", Map.of("queue", List.of(seatId(sco, "India"))));
        ApiClient.Response beforeQuorum = as(chair).post(base + "/speakers", Map.of("seatId", seatId(sco, "India")));

        assertThat(unknownSeat.status()).isEqualTo(400);
        assertThat(unknownSeat.body()).contains("entries[0].seatId");
        assertThat(badAttendance.status()).isEqualTo(400);
        assertThat(badAttendance.body()).contains("attendance");
        assertThat(shortCaucus.status()).isEqualTo(400);
        assertThat(shortCaucus.body()).contains("durationSeconds");
        assertThat(strangerInTheOrder.status()).isEqualTo(400);
        assertThat(strangerInTheOrder.body()).contains("queue");
        assertThat(beforeQuorum.status()).isEqualTo(409);
        assertThat(beforeQuorum.json().get("detail").asString())
                .isEqualTo("Cannot add a speaker: the quorum to debate is not met (0 of 10 voting members present).");
        assertThat(as(chair).get(base).json().get("version").asLong()).isEqualTo(1);
    }

    @Test
    void aStreamResumedAtTheCurrentVersionGetsOnlyWhatComesNext() {
        CommitteeView sco = committees.newSco();
        String chair = chairOf(sco);
        String sessionId = openWithEveryonePresent(sco, chair);
        String base = "/api/sessions/" + sessionId;
        String current = as(chair).get(base).json().get("version").asString();

        try (SseRecorder resumed = SseRecorder.open("http://127.0.0.1:" + port + base + "/stream", chair, current)) {
            await().atMost(WAIT).until(() -> resumed.lines().contains(":connected"));
            as(chair).post(base + "/suspend", Map.of());

            await().atMost(WAIT).until(() -> !resumed.sessionEvents().isEmpty());
            assertThat(resumed.ids()).containsExactly(Long.toString(Long.parseLong(current) + 1));
            assertThat(resumed.sessionEvents().get(0)).contains("\"state\":\"SUSPENDED\"");
        }
    }

    private String raiseAndSendToVote(String chair, String base, Map<String, Object> motion) {
        ApiClient.Response raised = as(chair).post(base + "/motions", motion);
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String motionId =
                raised.json().get("pendingMotions").get(0).get("motionId").asString();
        ApiClient.Response voting = as(chair).post(base + "/motions/" + motionId + "/vote", Map.of());
        assertThat(voting.status()).as(voting.body()).isEqualTo(200);
        return motionId;
    }

    private String currentVote(String chair, String base) {
        return as(chair).get(base).json().get("currentVote").get("voteId").asString();
    }

    private String state(String chair, String base) {
        return as(chair).get(base).json().get("state").asString();
    }

    private static String awaitEvent(CommitteeView c, String type, String containing) {
        List<ConsumerRecord<String, byte[]>> records = KafkaTestClient.awaitRecords(
                "committee.events",
                r -> c.committeeId().equals(r.key())
                        && type.equals(KafkaTestClient.header(r, "ce_type"))
                        && new String(r.value(), StandardCharsets.UTF_8).contains(containing),
                WAIT);
        return records.stream()
                .filter(r -> type.equals(KafkaTestClient.header(r, "ce_type")))
                .map(r -> new String(r.value(), StandardCharsets.UTF_8))
                .filter(v -> v.contains(containing))
                .findFirst()
                .orElseThrow();
    }

    static void publishVoteClosed(CommitteeView c, String sessionId, String voteId, String motionId, String outcome) {
        var example = (tools.jackson.databind.node.ObjectNode)
                JSON.readTree(EventContracts.producerExample("voting-service", "VoteClosed.v1"));
        example.put("voteId", voteId);
        example.put("committeeId", c.committeeId());
        example.put("conferenceId", c.conferenceId());
        example.put("sessionId", sessionId);
        ((tools.jackson.databind.node.ObjectNode) example.get("subject")).put("id", motionId);
        example.put("outcome", outcome);
        KafkaTestClient.publishCloudEvent(
                "voting.events",
                c.committeeId(),
                UUID.randomUUID().toString(),
                "quorum.voting.VoteClosed.v1",
                c.committeeId(),
                JSON.writeValueAsBytes(example));
    }
}
