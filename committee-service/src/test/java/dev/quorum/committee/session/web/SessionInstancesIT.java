package dev.quorum.committee.session.web;

import static dev.quorum.committee.testing.InMemoryCommittees.seatId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quorum.committee.CommitteeApplication;
import dev.quorum.committee.committee.application.CommitteeView;
import dev.quorum.committee.session.application.CaucusTimers;
import dev.quorum.committee.testing.InMemoryCommittees;
import dev.quorum.committee.testing.SseRecorder;
import dev.quorum.platform.security.Roles;
import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.KafkaTestClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.platform.test.Race;
import dev.quorum.platform.test.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two committee-service instances on one store and broker: this test's application (A) and a second
 * one started beside it (B). Live streams, caucus timers and retried requests across them.
 */
@QuorumIntegrationTest
@TestPropertySource(
        properties = {
            "quorum.committee.stream-heartbeat=PT0.2S",
            // the test runs the caucus check itself, on both instances at once
            "quorum.committee.caucus-check-interval=PT1H"
        })
class SessionInstancesIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final InMemoryCommittees COMMITTEES = new InMemoryCommittees();
    private static final MovableClock CLOCK = new MovableClock();
    private static ConfigurableApplicationContext instanceB;

    /** What both instances share: the committees they read and the clock the test moves. */
    @TestConfiguration
    static class Shared {
        @Bean
        @Primary
        InMemoryCommittees inMemoryCommittees() {
            return COMMITTEES;
        }

        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }
    }

    /** The system clock, moved forward by the test: caucus time passes without waiting for it. */
    static final class MovableClock extends Clock {
        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        void advance(Duration by) {
            offset.updateAndGet(o -> o.plus(by));
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    CaucusTimers timersA;

    @AfterAll
    static void stopInstanceB() {
        if (instanceB != null) {
            instanceB.close();
        }
    }

    /** Starts B once, on A's database and consumer group, as a second replica would run. */
    private ConfigurableApplicationContext instanceB() {
        if (instanceB == null) {
            Map<String, String> same = Map.of(
                    "spring.kafka.bootstrap-servers", environment.getProperty("spring.kafka.bootstrap-servers"),
                    "spring.mongodb.uri", environment.getProperty("spring.mongodb.uri"),
                    "spring.mongodb.database", environment.getProperty("spring.mongodb.database"),
                    "spring.kafka.consumer.group-id", environment.getProperty("spring.kafka.consumer.group-id"),
                    "quorum.security.jwks-uri", environment.getProperty("quorum.security.jwks-uri"),
                    "quorum.committee.stream-heartbeat", "PT0.2S",
                    "quorum.committee.caucus-check-interval", "PT1H",
                    "server.port", "0");
            // as command-line arguments: they take precedence over the service's own configuration
            String[] args = same.entrySet().stream()
                    .map(e -> "--" + e.getKey() + "=" + e.getValue())
                    .toArray(String[]::new);
            instanceB = new SpringApplicationBuilder(CommitteeApplication.class, Shared.class)
                    // the test configurations of other test classes are not part of an instance
                    .initializers(context -> context.getBeanFactory()
                            .registerSingleton("skipTestConfigurations", new SkipTestConfigurations()))
                    .run(args);
        }
        return instanceB;
    }

    private int portOfB() {
        return ((WebServerApplicationContext) instanceB()).getWebServer().getPort();
    }

    static final class SkipTestConfigurations extends TypeExcludeFilter {
        @Override
        public boolean match(
                org.springframework.core.type.classreading.MetadataReader reader,
                org.springframework.core.type.classreading.MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SkipTestConfigurations;
        }

        @Override
        public int hashCode() {
            return SkipTestConfigurations.class.hashCode();
        }
    }

    @Test
    void aChangeMadeOnOneInstanceReachesAStreamOnTheOtherWhichResumesAndBeatsWhenIdle() {
        CommitteeView sco = COMMITTEES.newSco();
        String chair = chairOf(sco);
        String base = "/api/sessions/" + openWithEveryonePresent(sco, chair);
        String streamOnB = "http://127.0.0.1:" + portOfB() + base + "/stream";
        long resumeFrom;

        try (SseRecorder stream = SseRecorder.open(streamOnB, chair, null)) {
            await().atMost(WAIT).until(() -> !stream.sessionEvents().isEmpty());
            ApiClient.Response added = as(chair).post(base + "/speakers", Map.of("seatId", seatId(sco, "India")));
            assertThat(added.status()).as(added.body()).isEqualTo(200);
            resumeFrom = added.json().get("version").asLong();

            await().atMost(WAIT).until(() -> stream.ids().contains(String.valueOf(resumeFrom)));
            assertThat(lastEvent(stream)
                            .get("generalList")
                            .get("queue")
                            .get(0)
                            .get("name")
                            .asString())
                    .isEqualTo("India");
            await().atMost(WAIT).until(() -> stream.lines().contains(":heartbeat"));
        }

        try (SseRecorder resumed = SseRecorder.open(streamOnB, chair, String.valueOf(resumeFrom))) {
            await().atMost(WAIT).until(() -> resumed.lines().contains(":connected"));
            ApiClient.Response next = as(chair).post(base + "/speakers/next", Map.of());
            assertThat(next.status()).as(next.body()).isEqualTo(200);

            await().atMost(WAIT).until(() -> !resumed.ids().isEmpty());
            // nothing already seen is sent again: the first event after resuming is the new change
            assertThat(resumed.ids()).first().isEqualTo(String.valueOf(resumeFrom + 1));
            assertThat(lastEvent(resumed).get("currentSpeaker").get("name").asString())
                    .isEqualTo("India");
        }
    }

    @Test
    void aCaucusEndsWhenItsTimeRunsOutOnceHoweverManyInstancesNoticeIt() throws Exception {
        CommitteeView sco = COMMITTEES.newSco();
        String chair = chairOf(sco);
        String sessionId = openWithEveryonePresent(sco, chair);
        String base = "/api/sessions/" + sessionId;
        String motionId = adopt(
                chair,
                base,
                Map.of("type", "UNMODERATED_CAUCUS", "seatId", seatId(sco, "Iran"), "durationSeconds", 3600));
        CaucusTimers timersB = instanceB().getBean(CaucusTimers.class);

        try (SseRecorder stream =
                SseRecorder.open("http://127.0.0.1:" + portOfB() + base + "/stream", delegateOf(sco, "China"), null)) {
            await().atMost(WAIT).until(() -> !stream.sessionEvents().isEmpty());
            // half the caucus: a margin no slow machine eats, since the moved clock still runs
            CLOCK.advance(Duration.ofSeconds(1800));
            assertThat(timersA.endRunOutCaucuses() + timersB.endRunOutCaucuses())
                    .isZero();
            assertThat(state(chair, base)).isEqualTo("UNMODERATED_CAUCUS");
            long before = as(chair).get(base).json().get("version").asLong();

            CLOCK.advance(Duration.ofSeconds(1800));
            List<Integer> ended =
                    Race.run(List.of(timersA, timersB, timersA, timersB), CaucusTimers::endRunOutCaucuses);

            assertThat(ended.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
            JsonNode after = as(chair).get(base).json();
            assertThat(after.get("state").asString()).isEqualTo("FORMAL_DEBATE");
            assertThat(after.get("caucus")).isNull();
            assertThat(after.get("version").asLong()).isEqualTo(before + 1);
            await().atMost(WAIT)
                    .until(() -> stream.sessionEvents().stream().anyMatch(e -> e.contains("\"FORMAL_DEBATE\"")));
        }
        // a later change of the same committee comes after any CaucusEnded on its partition
        as(chair).post(base + "/speakers", Map.of("seatId", seatId(sco, "India")));
        List<ConsumerRecord<String, byte[]>> records = KafkaTestClient.awaitRecords(
                "committee.events",
                r -> sco.committeeId().equals(r.key())
                        && "quorum.committee.SpeakersListChanged.v1".equals(KafkaTestClient.header(r, "ce_type")),
                WAIT);
        assertThat(records.stream()
                        .filter(r -> "quorum.committee.CaucusEnded.v1".equals(KafkaTestClient.header(r, "ce_type")))
                        .map(r -> new String(r.value(), StandardCharsets.UTF_8))
                        .filter(v -> v.contains(motionId)))
                .hasSize(1);
    }

    @Test
    void aRetriedRequestWithItsIdempotencyKeyGetsTheSameAnswerAndChangesTheSessionOnce() {
        CommitteeView sco = COMMITTEES.newSco();
        String chair = chairOf(sco);
        String base = "/api/sessions/" + openWithEveryonePresent(sco, chair);
        Map<String, Object> motion =
                Map.of("type", "SET_SPEAKING_TIME", "seatId", seatId(sco, "Iran"), "speakingTimeSeconds", 45);
        as(chair).post(base + "/speakers", Map.of("seatId", seatId(sco, "India")));
        as(chair).post(base + "/speakers", Map.of("seatId", seatId(sco, "Russia")));

        for (String path : List.of("/motions", "/speakers/next")) {
            Object body = path.equals("/motions") ? motion : Map.of();
            ApiClient keyed = as(chair)
                    .withHeader("Idempotency-Key", java.util.UUID.randomUUID().toString());
            ApiClient.Response first = keyed.post(base + path, body);
            ApiClient.Response retried = keyed.post(base + path, body);

            assertThat(first.status()).as(first.body()).isBetween(200, 201);
            assertThat(retried.status()).isEqualTo(first.status());
            assertThat(retried.body()).isEqualTo(first.body());
            assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        }
        JsonNode session = as(chair).get(base).json();
        assertThat(session.get("pendingMotions")).hasSize(1);
        assertThat(session.get("currentSpeaker").get("name").asString()).isEqualTo("India");
        assertThat(session.get("generalList").get("queue").get(0).get("name").asString())
                .isEqualTo("Russia");

        // the same requests without a key are two requests: two motions, and the floor moves on
        as(chair).post(base + "/motions", motion);
        as(chair).post(base + "/speakers/next", Map.of());
        JsonNode unkeyed = as(chair).get(base).json();
        assertThat(unkeyed.get("pendingMotions")).hasSize(2);
        assertThat(unkeyed.get("currentSpeaker").get("name").asString()).isEqualTo("Russia");
    }

    @Test
    void proceduralMotionsTakeEffectThroughTheApiAndVotingProcedureEndsBackInDebate() {
        CommitteeView sco = COMMITTEES.newSco();
        String chair = chairOf(sco);
        String sessionId = openWithEveryonePresent(sco, chair);
        String base = "/api/sessions/" + sessionId;
        String agenda = InMemoryCommittees.AGENDA.get(1);

        ApiClient.Response wrongItem = as(chair)
                .post(base + "/motions", Map.of("type", "SET_AGENDA", "seatId", seatId(sco, "Iran"), "topic", "Space"));
        assertThat(wrongItem.status()).isEqualTo(400);
        assertThat(wrongItem.body()).contains("topic");

        adopt(chair, base, Map.of("type", "SET_AGENDA", "seatId", seatId(sco, "Iran"), "topic", agenda));
        assertThat(as(chair).get(base).json().get("agendaItem").asString()).isEqualTo(agenda);
        awaitChange(sco, sessionId, "AGENDA_SET");

        adopt(chair, base, Map.of("type", "CLOSE_DEBATE", "seatId", seatId(sco, "India")));
        adopt(chair, base, Map.of("type", "ROLL_CALL_VOTE", "seatId", seatId(sco, "India")));
        assertThat(as(chair).get(base).json().get("nextVoteMethod").asString()).isEqualTo("ROLL_CALL");
        ApiClient.Response divide = as(chair)
                .post(
                        base + "/motions",
                        Map.of(
                                "type",
                                "DIVIDE_QUESTION",
                                "seatId",
                                seatId(sco, "China"),
                                "topic",
                                "Operative clause 3"));
        String divideId =
                divide.json().get("pendingMotions").get(0).get("motionId").asString();
        ApiClient.Response voting = as(chair).post(base + "/motions/" + divideId + "/vote", Map.of());
        String voteId = voting.json().get("currentVote").get("voteId").asString();
        assertThat(voting.json().get("currentVote").get("method").asString()).isEqualTo("ROLL_CALL");
        List<ConsumerRecord<String, byte[]>> requested = KafkaTestClient.awaitRecords(
                "committee.events", r -> new String(r.value(), StandardCharsets.UTF_8).contains(voteId), WAIT);
        assertThat(requested.stream()
                        .map(r -> new String(r.value(), StandardCharsets.UTF_8))
                        .filter(v -> v.contains(voteId) && v.contains("\"method\":\"ROLL_CALL\"")))
                .hasSize(1);

        ApiClient.Response early = as(chair).post(base + "/voting/end", Map.of());
        assertThat(early.status()).as(early.body()).isEqualTo(409); // the vote on division is still open
        JsonNode afterVote = closeVote(chair, base, sco, sessionId, voteId, divideId);
        assertThat(afterVote.get("state").asString()).isEqualTo("VOTING_PROCEDURE");
        ApiClient.Response back = as(chair).post(base + "/voting/end", Map.of());
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(back.json().get("state").asString()).isEqualTo("FORMAL_DEBATE");
        assertThat(back.json().get("nextVoteMethod").asString()).isEqualTo("PLACARD");
        awaitChange(sco, sessionId, "VOTING_PROCEDURE_ENDED");
    }

    private JsonNode closeVote(
            String chair, String base, CommitteeView sco, String sessionId, String voteId, String motionId) {
        SessionApiIT.publishVoteClosed(sco, sessionId, voteId, motionId, "ADOPTED");
        await().atMost(WAIT).until(() -> as(chair).get(base).json().get("currentVote") == null);
        return as(chair).get(base).json();
    }

    /** Raises the motion and the chair adopts it by acclamation; returns its id. */
    private String adopt(String chair, String base, Map<String, Object> motion) {
        ApiClient.Response raised = as(chair).post(base + "/motions", motion);
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String motionId =
                raised.json().get("pendingMotions").get(0).get("motionId").asString();
        ApiClient.Response adopted =
                as(chair).post(base + "/motions/" + motionId + "/decide", Map.of("decision", "ADOPTED"));
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        return motionId;
    }

    private static void awaitChange(CommitteeView sco, String sessionId, String change) {
        KafkaTestClient.awaitRecords(
                "committee.events",
                r -> sco.committeeId().equals(r.key())
                        && "quorum.committee.SessionChanged.v1".equals(KafkaTestClient.header(r, "ce_type"))
                        && new String(r.value(), StandardCharsets.UTF_8).contains(sessionId)
                        && new String(r.value(), StandardCharsets.UTF_8).contains("\"" + change + "\""),
                WAIT);
    }

    private static JsonNode lastEvent(SseRecorder stream) {
        List<String> events = stream.sessionEvents();
        return JSON.readTree(events.get(events.size() - 1));
    }

    private ApiClient as(String token) {
        return ApiClient.local(port).withToken(token);
    }

    private String state(String chair, String base) {
        return as(chair).get(base).json().get("state").asString();
    }

    private static String chairOf(CommitteeView c) {
        return TestTokens.builder()
                .roles(Roles.CHAIR)
                .conferences(c.conferenceId())
                .committees(c.committeeId())
                .sign();
    }

    private static String delegateOf(CommitteeView c, String seatName) {
        String delegateId = "delegate-" + java.util.UUID.randomUUID();
        COMMITTEES.seat(c.committeeId(), seatId(c, seatName), delegateId);
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
}
