package dev.quorum.guide.guide.web;

import static dev.quorum.guide.support.GuideWorld.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.quorum.guide.committee.application.CommitteeCatalog;
import dev.quorum.guide.conference.application.ConferenceCatalog;
import dev.quorum.guide.support.GuideWorld;
import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.KafkaTestClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.platform.test.Race;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A guide's life through the API: import, edit, publish, read, and who may do what. */
@QuorumIntegrationTest
class GuideLifecycleIT {
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String MARKDOWN = "text/markdown; charset=utf-8";

    @LocalServerPort
    int port;

    @Autowired
    ConferenceCatalog conferences;

    @Autowired
    CommitteeCatalog committees;

    @Autowired
    MongoDatabase database;

    private GuideWorld world;

    @BeforeEach
    void world() {
        world = GuideWorld.known(ApiClient.local(port), conferences, committees);
    }

    @Test
    void publishedEditionsNeverChangeAndLaterEditsMakeTheNextEdition() {
        ApiClient chair = world.as(world.chair());
        ApiClient delegate = world.as(world.delegate());
        ApiClient.Response imported = world.importGuide(world.chair(), world.committeeId, TEXT, GuideWorld.sample());
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.header("ETag")).isEqualTo("\"1\"");
        assertThat(imported.json().get("report").has("warnings")).isTrue();
        String guideId = imported.json().get("guide").get("id").asString();
        String sectionId = imported.json()
                .get("guide")
                .get("content")
                .get("sections")
                .get(0)
                .get("id")
                .asString();
        assertThat(delegate.get("/api/guides/" + guideId).status())
                .as("a draft is not for delegates")
                .isEqualTo(404);
        assertThat(KafkaTestClient.awaitRecords("guide.events", r -> isEvent(r, "GuideImported", guideId), WAIT))
                .isNotEmpty();

        assertThat(chair.post("/api/guides/" + guideId + "/publish", "").status())
                .isEqualTo(428);
        assertThat(chair.withHeader("If-Match", "\"7\"")
                        .post("/api/guides/" + guideId + "/publish", "")
                        .status())
                .isEqualTo(412);
        ApiClient.Response first =
                chair.withHeader("If-Match", "\"1\"").post("/api/guides/" + guideId + "/publish", "");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("edition").asInt()).isEqualTo(1);
        assertThat(KafkaTestClient.awaitRecords("guide.events", r -> isEvent(r, "GuidePublished", guideId), WAIT))
                .isNotEmpty();
        String editionOne =
                delegate.get("/api/guides/" + guideId + "/editions/1").body();
        Document storedOne = storedEdition(guideId, 1);

        String etag = chair.get("/api/guides/" + guideId + "/draft").header("ETag");
        String path = "/api/guides/" + guideId + "/draft/sections/" + sectionId;
        assertThat(chair.send("PUT", path, MARKDOWN, bytes("Rewritten *after* the first edition."))
                        .status())
                .as("no If-Match")
                .isEqualTo(428);
        ApiClient.Response edited = chair.withHeader("If-Match", etag)
                .send("PUT", path, MARKDOWN, bytes("Rewritten *after* the first edition."));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(chair.withHeader("If-Match", etag)
                        .send("PUT", path, MARKDOWN, bytes("Lost update"))
                        .status())
                .as("stale If-Match")
                .isEqualTo(412);
        assertProblem(
                chair.withHeader("If-Match", edited.header("ETag"))
                        .send("PUT", path, MARKDOWN, bytes("Text\n\n## A heading would start a new section")),
                400,
                "body");

        assertThat(delegate.get("/api/guides/" + guideId + "/editions/1").body())
                .isEqualTo(editionOne);
        assertThat(storedEdition(guideId, 1)).isEqualTo(storedOne);
        assertThat(delegate.get("/api/guides/" + guideId).json().get("edition").asInt())
                .isEqualTo(1);

        ApiClient.Response second =
                chair.withHeader("If-Match", edited.header("ETag")).post("/api/guides/" + guideId + "/publish", "");
        assertThat(second.json().get("edition").asInt()).isEqualTo(2);
        assertThat(storedEdition(guideId, 1)).as("edition 1 after edition 2").isEqualTo(storedOne);
        JsonNode diff =
                delegate.get("/api/guides/" + guideId + "/diff?from=1&to=2").json();
        assertThat(diff.get(0).get("sectionId").asString()).isEqualTo(sectionId);
        assertThat(diff.get(0).get("change").asString()).isEqualTo("CHANGED");
        assertThat(diff.get(0).get("lines").toString()).contains("+Rewritten *after* the first edition.");
        assertThat(diff.get(1).get("change").asString()).isEqualTo("UNCHANGED");
        assertThat(delegate.get("/api/guides/" + guideId + "/editions").json().size())
                .isEqualTo(2);
    }

    @Test
    void concurrentEditsAndPublishesOfOneVersionLetExactlyOneThrough() throws Exception {
        ApiClient chair = world.as(world.chair()).withHeader("If-Match", "\"1\"");
        ApiClient.Response imported = world.importGuide(world.chair(), world.committeeId, TEXT, GuideWorld.sample());
        String guideId = imported.json().get("guide").get("id").asString();
        String sectionId = imported.json()
                .get("guide")
                .get("content")
                .get("sections")
                .get(0)
                .get("id")
                .asString();

        List<ApiClient.Response> edits = Race.run(
                List.of("A", "B", "C", "D"),
                text -> chair.send(
                        "PUT",
                        "/api/guides/" + guideId + "/draft/sections/" + sectionId,
                        MARKDOWN,
                        bytes("Edit " + text)));
        assertThat(edits)
                .extracting(ApiClient.Response::status)
                .containsOnlyOnce(200)
                .isSubsetOf(200, 412);
        String winner = edits.stream()
                .filter(r -> r.status() == 200)
                .findFirst()
                .orElseThrow()
                .header("ETag");

        ApiClient publisher = world.as(world.chair()).withHeader("If-Match", winner);
        List<ApiClient.Response> publishes =
                Race.run(List.of(1, 2, 3, 4), i -> publisher.post("/api/guides/" + guideId + "/publish", ""));
        assertThat(publishes)
                .extracting(ApiClient.Response::status)
                .containsOnlyOnce(201)
                .isSubsetOf(201, 409, 412);
        ApiClient.Response published =
                publishes.stream().filter(r -> r.status() == 201).findFirst().orElseThrow();
        assertThat(world.as(world.delegate())
                        .get("/api/guides/" + guideId + "/editions/1")
                        .body())
                .isEqualTo(published.body());
        assertThat(database.getCollection("guide_editions").countDocuments(Filters.eq("guideId", guideId)))
                .isEqualTo(1);
        assertThat(draftState(guideId).getInteger("editions")).isEqualTo(1);
    }

    @Test
    void readersGetTheGlossaryQuestionsBibliographyAndExports() {
        String guideId = publishedSample();
        ApiClient delegate = world.as(world.delegate());

        JsonNode glossary = delegate.get("/api/guides/" + guideId + "/glossary").json();
        assertThat(glossary.findValuesAsString("term"))
                .containsExactly("Anti-democracy", "Oligarchy", "Reform", "Mutiny", "Protests", "Propaganda");
        JsonNode questions =
                delegate.get("/api/guides/" + guideId + "/questions").json();
        assertThat(questions.findValues("number")).extracting(JsonNode::asInt).containsExactly(1, 2, 3, 4, 5, 6);
        JsonNode bibliography = delegate.get("/api/guides/" + guideId + "/bibliography?edition=1")
                .json();
        assertThat(bibliography.size()).isEqualTo(15);
        assertThat(bibliography.get(3).get("doi").asString()).isEqualTo("10.1080/1060586X.2022.2077060");
        ApiClient.Response markdown = delegate.get("/api/guides/" + guideId + "/export?format=MARKDOWN");
        assertThat(markdown.header("Content-Type")).startsWith("text/markdown");
        assertThat(markdown.body()).contains("Kazakhstan");
        ApiClient.Response html = delegate.get("/api/guides/" + guideId + "/export?format=HTML");
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(html.body()).contains("<h").doesNotContain("<script");
        assertThat(delegate.get("/api/guides/" + guideId + "/export?format=PDF").status())
                .isEqualTo(400);
        assertThat(delegate.get("/api/guides/" + guideId + "/editions/2").status())
                .isEqualTo(404);

        JsonNode listed = delegate.get(
                        "/api/guides?conferenceId=" + world.conferenceId + "&committeeId=" + world.committeeId)
                .json();
        assertThat(listed.get("items").get(0).get("id").asString()).isEqualTo(guideId);
    }

    @Test
    void onlyTheCommitteesChairsAndTheConferencesSecretariatEditOrPublish() {
        ApiClient.Response imported = world.importGuide(world.chair(), world.committeeId, TEXT, GuideWorld.sample());
        String guideId = imported.json().get("guide").get("id").asString();
        String sectionId = imported.json()
                .get("guide")
                .get("content")
                .get("sections")
                .get(0)
                .get("id")
                .asString();
        Document before = draftState(guideId);

        for (var caller : new String[][] {
            {world.otherChair(), "403"}, {world.delegate(), "403"}, {GuideWorld.foreignSecretariat(), "404"}
        }) {
            ApiClient api = world.as(caller[0]).withHeader("If-Match", "\"1\"");
            int expected = Integer.parseInt(caller[1]);
            assertThat(api.send("PUT", "/api/guides/" + guideId + "/draft/sections/" + sectionId, MARKDOWN, bytes("x"))
                            .status())
                    .isEqualTo(expected);
            assertThat(api.post("/api/guides/" + guideId + "/publish", "").status())
                    .isEqualTo(expected);
            assertThat(world.importGuide(caller[0], world.committeeId, TEXT, GuideWorld.sample())
                            .status())
                    .isEqualTo(expected);
            assertThat(world.as(caller[0])
                            .get("/api/guides/" + guideId + "/draft")
                            .status())
                    .isEqualTo(404);
        }
        assertThat(draftState(guideId)).isEqualTo(before);
        assertThat(database.getCollection("guide_editions").countDocuments(Filters.eq("guideId", guideId)))
                .isZero();
        assertThat(guidesOfTheConference()).isEqualTo(1);

        ApiClient secretariat = world.as(world.secretariat()).withHeader("If-Match", "\"1\"");
        assertThat(secretariat.post("/api/guides/" + guideId + "/publish", "").status())
                .isEqualTo(201);
    }

    @Test
    void badImportsAreRefusedAndStoreNothing() {
        byte[] tooLarge = new byte[3 * 1024 * 1024];
        Arrays.fill(tooLarge, (byte) 'a');
        assertProblem(world.importGuide(world.chair(), world.committeeId, TEXT, new byte[0]), 400, "body");
        assertProblem(
                world.importGuide(world.chair(), world.committeeId, TEXT, new byte[] {'P', 'K', 3, 4, 0, 0}),
                400,
                "body");
        assertProblem(
                world.importGuide(world.chair(), world.committeeId, TEXT, new byte[] {'A', (byte) 0xC3, (byte) 0x28}),
                400,
                "body");
        assertThat(world.importGuide(world.chair(), world.committeeId, TEXT, tooLarge)
                        .status())
                .isEqualTo(413);
        assertThat(world.importGuide(world.chair(), world.committeeId, "application/json", bytes("{}"))
                        .status())
                .isEqualTo(415);
        String unknown = GuideWorld.newId();
        assertProblem(world.importGuide(world.secretariat(), unknown, TEXT, GuideWorld.sample()), 400, "committeeId");
        String foreign = GuideWorld.newId();
        GuideWorld.committeeCreated(foreign, GuideWorld.newId(), "Foreign committee", "FC");
        org.awaitility.Awaitility.await()
                .atMost(WAIT)
                .until(() -> committees.find(foreign).isPresent());
        assertProblem(world.importGuide(world.secretariat(), foreign, TEXT, GuideWorld.sample()), 400, "committeeId");

        assertThat(guidesOfTheConference()).isZero();
    }

    private String publishedSample() {
        ApiClient.Response imported = world.importGuide(world.chair(), world.committeeId, TEXT, GuideWorld.sample());
        String guideId = imported.json().get("guide").get("id").asString();
        assertThat(world.as(world.chair())
                        .withHeader("If-Match", "\"1\"")
                        .post("/api/guides/" + guideId + "/publish", "")
                        .status())
                .isEqualTo(201);
        return guideId;
    }

    /** The draft as stored, without the outbox fields the relay changes meanwhile. */
    private Document draftState(String guideId) {
        return database.getCollection("guides")
                .find(Filters.eq("_id", guideId))
                .projection(new Document("content", 1)
                        .append("version", 1)
                        .append("editions", 1)
                        .append("updatedAt", 1))
                .first();
    }

    private long guidesOfTheConference() {
        return database.getCollection("guides").countDocuments(Filters.eq("conferenceId", world.conferenceId));
    }

    private Document storedEdition(String guideId, int number) {
        return database.getCollection("guide_editions")
                .find(Filters.eq("_id", guideId + "/" + number))
                .first();
    }

    private static void assertProblem(ApiClient.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").toString()).contains("\"" + field + "\"");
    }

    private static boolean isEvent(
            org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> r, String type, String guideId) {
        return r.headers().lastHeader("ce_type") != null
                && new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8)
                        .equals("quorum.guide." + type + ".v1")
                && new String(r.value(), StandardCharsets.UTF_8).contains(guideId);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
