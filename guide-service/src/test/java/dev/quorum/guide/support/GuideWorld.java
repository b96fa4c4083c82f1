package dev.quorum.guide.support;

import static org.awaitility.Awaitility.await;

import dev.quorum.guide.committee.application.CommitteeCatalog;
import dev.quorum.guide.conference.application.ConferenceCatalog;
import dev.quorum.platform.security.Roles;
import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.EventContracts;
import dev.quorum.platform.test.KafkaTestClient;
import dev.quorum.platform.test.TestTokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A conference with two committees that guide-service learnt of from the producers' golden
 * events, and tokens for the people around them.
 */
public final class GuideWorld {
    public static final Duration WAIT = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public final String conferenceId = newId();
    public final String committeeId = newId();
    public final String otherCommitteeId = newId();
    private final ApiClient api;

    private GuideWorld(ApiClient api) {
        this.api = api;
    }

    /** Publishes the conference and its committees and waits until the service knows them. */
    public static GuideWorld known(ApiClient api, ConferenceCatalog conferences, CommitteeCatalog committees) {
        GuideWorld world = new GuideWorld(api);
        conferenceCreated(world.conferenceId);
        committeeCreated(world.committeeId, world.conferenceId, "Shanghai Cooperation Organisation", "SCO");
        committeeCreated(world.otherCommitteeId, world.conferenceId, "Security Council", "UNSC");
        await().atMost(WAIT)
                .until(() -> conferences.find(world.conferenceId).isPresent()
                        && committees.find(world.committeeId).isPresent()
                        && committees.find(world.otherCommitteeId).isPresent());
        return world;
    }

    public ApiClient as(String token) {
        return token == null ? api : api.withToken(token);
    }

    public String chair() {
        return TestTokens.builder()
                .roles(Roles.CHAIR)
                .conferences(conferenceId)
                .committees(committeeId)
                .sign();
    }

    public String otherChair() {
        return TestTokens.builder()
                .roles(Roles.CHAIR)
                .conferences(conferenceId)
                .committees(otherCommitteeId)
                .sign();
    }

    public String secretariat() {
        return TestTokens.builder()
                .roles(Roles.SECRETARIAT)
                .conferences(conferenceId)
                .sign();
    }

    public String delegate() {
        return TestTokens.builder()
                .roles(Roles.DELEGATE)
                .conferences(conferenceId)
                .sign();
    }

    public static String foreignSecretariat() {
        return TestTokens.builder()
                .roles(Roles.SECRETARIAT)
                .conferences(newId())
                .sign();
    }

    /** Imports {@code text} as a guide of {@code committee}, as {@code token}. */
    public ApiClient.Response importGuide(String token, String committee, String contentType, byte[] text) {
        return as(token)
                .send(
                        "POST",
                        "/api/guides/import?conferenceId=" + conferenceId + "&committeeId=" + committee,
                        contentType,
                        text);
    }

    public static byte[] sample() {
        try (InputStream in = GuideWorld.class.getResourceAsStream("/guides/study-guide-acimun25-sco.txt")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sampleText() {
        return new String(sample(), StandardCharsets.UTF_8);
    }

    public static void conferenceCreated(String conferenceId) {
        ObjectNode data = (ObjectNode)
                JSON.readTree(EventContracts.producerExample("registration-service", "ConferenceCreated.v1"));
        data.put("conferenceId", conferenceId);
        KafkaTestClient.publishCloudEvent(
                "registration.events",
                conferenceId,
                newId(),
                "quorum.registration.ConferenceCreated.v1",
                conferenceId,
                JSON.writeValueAsBytes(data));
    }

    public static void committeeCreated(String committeeId, String conferenceId, String name, String abbreviation) {
        ObjectNode data =
                (ObjectNode) JSON.readTree(EventContracts.producerExample("committee-service", "CommitteeCreated.v1"));
        data.put("committeeId", committeeId);
        data.put("conferenceId", conferenceId);
        data.put("name", name);
        data.put("abbreviation", abbreviation);
        KafkaTestClient.publishCloudEvent(
                "committee.events",
                committeeId,
                newId(),
                "quorum.committee.CommitteeCreated.v1",
                committeeId,
                JSON.writeValueAsBytes(data));
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
