package dev.quorum.guide.search.web;

import static dev.quorum.guide.support.GuideWorld.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.quorum.guide.GuideApplication;
import dev.quorum.guide.committee.application.CommitteeCatalog;
import dev.quorum.guide.conference.application.ConferenceCatalog;
import dev.quorum.guide.support.GuideWorld;
import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/** Search over published guides, on this instance and on a second one sharing the store and topic. */
@QuorumIntegrationTest
class GuideSearchIT {
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String MARKDOWN = "text/markdown; charset=utf-8";

    @LocalServerPort
    int port;

    @Autowired
    ConferenceCatalog conferences;

    @Autowired
    CommitteeCatalog committees;

    @Autowired
    Environment environment;

    private GuideWorld world;

    @BeforeEach
    void world() {
        world = GuideWorld.known(ApiClient.local(port), conferences, committees);
    }

    @Test
    void aSecondInstanceAnswersTheSameAfterAPublishAndDraftsAreNeverFound() {
        try (ConfigurableApplicationContext second = secondInstance()) {
            ApiClient other = ApiClient.local(((WebServerApplicationContext) second)
                            .getWebServer()
                            .getPort())
                    .withToken(world.delegate());
            ApiClient here = world.as(world.delegate());
            ApiClient chair = world.as(world.chair());
            ApiClient.Response imported =
                    world.importGuide(world.chair(), world.committeeId, TEXT, GuideWorld.sample());
            String guideId = imported.json().get("guide").get("id").asString();
            String sectionId = imported.json()
                    .get("guide")
                    .get("content")
                    .get("sections")
                    .get(0)
                    .get("id")
                    .asString();
            ApiClient.Response edited = chair.withHeader("If-Match", "\"1\"")
                    .send(
                            "PUT",
                            "/api/guides/" + guideId + "/draft/sections/" + sectionId,
                            MARKDOWN,
                            "The Zhanaozen strike of 2011 foreshadowed everything.".getBytes(StandardCharsets.UTF_8));
            assertThat(edited.status()).as(edited.body()).isEqualTo(200);
            assertThat(hits(here, "zhanaozen")).as("a draft is not searched").isEmpty();

            assertThat(chair.withHeader("If-Match", edited.header("ETag"))
                            .post("/api/guides/" + guideId + "/publish", "")
                            .status())
                    .isEqualTo(201);

            await().atMost(WAIT)
                    .until(() -> hits(here, "zhanaozen").size() == 1
                            && hits(other, "zhanaozen").size() == 1);
            JsonNode hit = hits(other, "ZHANAOZEN").get(0);
            assertThat(hit.get("guideId").asString()).isEqualTo(guideId);
            assertThat(hit.get("edition").asInt()).isEqualTo(1);
            assertThat(hit.get("snippets").toString()).contains("<mark>Zhanaozen</mark>");
            assertThat(hits(here, "yigit")).as("Turkish ğ folded").hasSize(1);
            assertThat(hits(other, "YİĞİT").get(0).get("guideId").asString()).isEqualTo(guideId);
        }
    }

    @Test
    void withoutATokenGuidesAreReadOnlyOnceTheSecretariatMakesThemPublic() {
        ApiClient.Response imported = world.importGuide(world.chair(), world.committeeId, TEXT, GuideWorld.sample());
        String guideId = imported.json().get("guide").get("id").asString();
        world.as(world.chair()).withHeader("If-Match", "\"1\"").post("/api/guides/" + guideId + "/publish", "");
        ApiClient anonymous = world.as(null);
        String settings = "/api/guides/settings/" + world.conferenceId;

        assertThat(anonymous.get("/api/guides/" + guideId).status()).isEqualTo(404);
        assertThat(anonymous.get(search("kazakhstan")).status()).isEqualTo(404);
        assertThat(world.as(world.chair())
                        .put(settings, Map.of("publicGuides", true))
                        .status())
                .isEqualTo(403);
        assertThat(world.as(GuideWorld.foreignSecretariat())
                        .put(settings, Map.of("publicGuides", true))
                        .status())
                .isEqualTo(404);
        assertThat(world.as(world.secretariat())
                        .put(settings, Map.of("publicGuides", "yes"))
                        .status())
                .isEqualTo(400);
        assertThat(anonymous.get("/api/guides/" + guideId).status()).isEqualTo(404);

        assertThat(world.as(world.secretariat())
                        .put(settings, Map.of("publicGuides", true))
                        .status())
                .isEqualTo(200);
        assertThat(anonymous.get("/api/guides/" + guideId).status()).isEqualTo(200);
        assertThat(anonymous.get("/api/guides/" + guideId + "/draft").status()).isEqualTo(404);
        await().atMost(WAIT)
                .until(() ->
                        anonymous.get(search("kazakhstan")).json().get("hits").size() == 1);
        assertThat(world.as(world.delegate())
                        .get(settings)
                        .json()
                        .get("publicGuides")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void queriesAreBounded() {
        ApiClient delegate = world.as(world.delegate());
        assertThat(delegate.get(search("x".repeat(201))).status()).isEqualTo(400);
        assertThat(delegate.get(search("")).status()).isEqualTo(400);
        assertThat(delegate.get(search("a%00b")).status()).isEqualTo(400);
    }

    private ConfigurableApplicationContext secondInstance() {
        // Command-line arguments: they win over the platform's defaults, as the test context's own do.
        return new SpringApplicationBuilder(GuideApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.kafka.bootstrap-servers=" + environment.getProperty("spring.kafka.bootstrap-servers"),
                        "--spring.mongodb.uri=" + environment.getProperty("spring.mongodb.uri"),
                        "--spring.mongodb.database=" + environment.getProperty("spring.mongodb.database"),
                        "--spring.kafka.consumer.group-id=guide-service-second-" + GuideWorld.newId(),
                        "--quorum.security.jwks-uri=" + environment.getProperty("quorum.security.jwks-uri"));
    }

    private JsonNode hits(ApiClient api, String query) {
        ApiClient.Response response = api.get(search(query));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("hits");
    }

    private String search(String query) {
        return "/api/guides/search?conferenceId=" + world.conferenceId + "&q="
                + (query.contains("%") ? query : URLEncoder.encode(query, StandardCharsets.UTF_8));
    }
}
