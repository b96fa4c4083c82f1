package dev.quorum.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import dev.quorum.platform.test.ApiClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The study guide of the SCO committee through the gateway (issue 11, "Done means"): the
 * Secretariat creates the committee in committee-service, guide-service learns it from
 * CommitteeCreated, the shared sample guide is imported with the structure the issue lists, edited
 * with If-Match, published twice, compared, read part by part, searched with folded Turkish, Kazakh
 * and Russian queries, read without a token once the conference makes its guides public, and
 * exported as sanitised HTML. Bad imports are refused with a problem and store nothing.
 */
@Order(3)
@ExtendWith(EmbeddedRuntimeExtension.class)
class GuideE2EIT {
    private static final Duration ARRIVAL = Duration.ofSeconds(60);
    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String MARKDOWN = "text/markdown; charset=utf-8";
    private static final String SECOND_EDITION = "Қазақ халқы and the Казахская ССР: the Steppe remembers."
            + "\n\n<script>alert('guide')</script>\n\nThe [archive](javascript:alert(1)) is closed.";

    private static EmbeddedRuntime runtime;
    private static ApiClient gateway;

    @BeforeAll
    static void connect(EmbeddedRuntime shared) {
        runtime = shared;
        gateway = ApiClient.at(runtime.gatewayUrl());
    }

    @Test
    void theScoGuideIsImportedEditedPublishedSearchedAndReadThroughTheGateway() {
        String token = actor("203.0.113.80").signIn(EmbeddedRuntime.ADMIN_USERNAME, EmbeddedRuntime.ADMIN_PASSWORD);
        ApiClient secretariat = actor("203.0.113.80").withToken(token);
        String conference = openConference(secretariat, "ACIMUN'25 guides");
        String committee = createCommittee(secretariat, conference, "Shanghai Cooperation Organisation", "SCO");

        // guide-service learns the conference and the committee from their events: until then, 4xx
        ApiClient.Response imported = awaitImport(secretariat, conference, committee);
        String guide = "/api/guides/" + imported.json().at("/guide/id").asString();
        JsonNode content = imported.json().at("/guide/content");
        assertThat(content.get("letters").size()).isEqualTo(2);
        assertThat(content.get("keyTerms").findValuesAsString("term"))
                .containsExactly("Anti-democracy", "Oligarchy", "Reform", "Mutiny", "Protests", "Propaganda");
        List<String> titles = content.get("sections").findValuesAsString("title");
        assertThat(titles.get(0)).isEqualTo("Introduction to the Committee");
        assertThat(titles.get(titles.size() - 1)).isEqualTo("General Structure of the Committee and Purposes");
        assertThat(content.get("sections")
                        .valueStream()
                        .filter(s -> s.get("title").asString().equals("Development of Kazakhstan in the Soviet Period"))
                        .findFirst()
                        .orElseThrow()
                        .get("level")
                        .asInt())
                .isEqualTo(2);
        assertThat(content.get("questions").size()).isEqualTo(6);
        assertThat(content.get("bibliography").size()).isEqualTo(15);
        assertThat(content.at("/bibliography/3/doi").asString()).isEqualTo("10.1080/1060586X.2022.2077060");
        String section =
                guide + "/draft/sections/" + content.at("/sections/0/id").asString();

        ApiClient.Response edited = secretariat
                .withHeader("If-Match", imported.header("ETag"))
                .send("PUT", section, MARKDOWN, bytes("In January 2022 the fuel prices doubled."));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(secretariat
                        .withHeader("If-Match", imported.header("ETag"))
                        .send("PUT", section, MARKDOWN, bytes("A lost update"))
                        .status())
                .as("stale If-Match")
                .isEqualTo(412);
        ApiClient.Response first =
                secretariat.withHeader("If-Match", edited.header("ETag")).post(guide + "/publish", "");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().get("edition").asInt()).isEqualTo(1);

        ApiClient.Response again = secretariat
                .withHeader("If-Match", secretariat.get(guide + "/draft").header("ETag"))
                .send("PUT", section, MARKDOWN, bytes(SECOND_EDITION));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        ApiClient.Response second =
                secretariat.withHeader("If-Match", again.header("ETag")).post(guide + "/publish", "");
        assertThat(second.json().get("edition").asInt()).as(second.body()).isEqualTo(2);
        assertThat(secretariat
                        .get(guide + "/editions/1")
                        .json()
                        .at("/content/sections/0/markdown")
                        .asString())
                .as("edition 1 never changes")
                .isEqualTo("In January 2022 the fuel prices doubled.");
        JsonNode diff = secretariat.get(guide + "/diff?from=1&to=2").json();
        assertThat(diff.get(0).get("change").asString()).isEqualTo("CHANGED");
        assertThat(diff.get(0).get("lines").toString()).contains("-In January 2022 the fuel prices doubled.");
        assertThat(diff.get(1).get("change").asString()).isEqualTo("UNCHANGED");

        assertThat(secretariat.get(guide + "/glossary?edition=1").json().findValuesAsString("term"))
                .hasSize(6);
        assertThat(secretariat.get(guide + "/questions").json().findValues("number"))
                .extracting(JsonNode::asInt)
                .containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(secretariat.get(guide + "/bibliography").json().size()).isEqualTo(15);

        String search = "/api/guides/search?conferenceId=" + conference + "&q=";
        await().atMost(ARRIVAL)
                .until(() -> hits(secretariat, search + query("ҚАЗАҚ")).size() == 1);
        JsonNode kazakh = hits(secretariat, search + query("ҚАЗАҚ")).get(0);
        assertThat(kazakh.get("edition").asInt()).isEqualTo(2);
        assertThat(kazakh.get("snippets").toString()).contains("<mark>Қазақ</mark>");
        assertThat(hits(secretariat, search + query("казахская")))
                .as("lower case")
                .hasSize(1);
        assertThat(hits(secretariat, search + "YIGIT"))
                .as("Yiğit, case and ğ folded")
                .hasSize(1);

        ApiClient anonymous = actor("203.0.113.81");
        int closed = anonymous.get(guide).status();
        assertThat(closed).as("guides are not public yet").isIn(401, 404);
        ApiClient.Response opened = secretariat.put("/api/guides/settings/" + conference, Map.of("publicGuides", true));
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        assertThat(anonymous.get(guide).status()).isEqualTo(200);
        assertThat(anonymous.get(guide + "/draft").status())
                .as("drafts are never public")
                .isIn(401, 404);
        ApiClient.Response html = anonymous.get(guide + "/export?format=HTML");
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(html.body())
                .contains("Казахская ССР", "&lt;script&gt;", "archive</a>")
                .doesNotContain("<script", "href=\"javascript:");

        refusedImportsStoreNothing(secretariat, token, conference, committee);
    }

    /** Bad input gets a 4xx problem and the conference still has its one guide. */
    private static void refusedImportsStoreNothing(
            ApiClient secretariat, String token, String conference, String committee) {
        String other = openConference(secretariat, "Another conference");
        String foreign = createCommittee(secretariat, other, "Disarmament and International Security", "DISEC");
        awaitImport(secretariat, other, foreign);

        String into = "/api/guides/import?conferenceId=" + conference + "&committeeId=";
        assertProblem(secretariat.send("POST", into + committee, TEXT, new byte[0]), 400, "body");
        assertProblem(secretariat.send("POST", into + committee, TEXT, new byte[] {'P', 'K', 3, 4, 0, 0}), 400, "body");
        assertProblem(secretariat.send("POST", into + foreign, TEXT, sample()), 400, "committeeId");
        assertThat(postLarge(token, into + committee, 20 * 1024 * 1024)).isEqualTo(413);

        assertThat(secretariat
                        .get("/api/guides?conferenceId=" + conference)
                        .json()
                        .get("totalItems")
                        .asLong())
                .isEqualTo(1);
        try (MongoClient mongo = MongoClients.create(runtime.mongoUri())) {
            assertThat(mongo.getDatabase("quorum_guide")
                            .getCollection("guides")
                            .countDocuments(Filters.eq("conferenceId", conference)))
                    .isEqualTo(1);
        }
    }

    /** Imports the sample once guide-service knows the committee; refusals before that store nothing. */
    private static ApiClient.Response awaitImport(ApiClient secretariat, String conference, String committee) {
        String path = "/api/guides/import?conferenceId=" + conference + "&committeeId=" + committee;
        ApiClient.Response[] last = new ApiClient.Response[1];
        await().atMost(ARRIVAL).until(() -> {
            last[0] = secretariat.send("POST", path, TEXT, sample());
            assertThat(last[0].status()).as(last[0].body()).isIn(201, 400, 404);
            return last[0].status() == 201;
        });
        return last[0];
    }

    private static String openConference(ApiClient secretariat, String name) {
        ApiClient.Response created = secretariat.post(
                "/api/conferences",
                Map.of(
                        "name",
                        name,
                        "startDate",
                        "2025-11-21",
                        "endDate",
                        "2025-11-23",
                        "timeZone",
                        "Asia/Almaty",
                        "capacity",
                        100,
                        "fees",
                        Map.of("currency", "EUR", "perSchool", 150, "perDelegate", 45)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String conference = created.json().get("id").asString();
        await().atMost(ARRIVAL)
                .until(() -> secretariat
                                .get("/api/committees?conferenceId=" + conference)
                                .status()
                        == 200);
        return conference;
    }

    private static String createCommittee(ApiClient secretariat, String conference, String name, String abbreviation) {
        ApiClient.Response created = secretariat.post(
                "/api/committees",
                Map.of(
                        "conferenceId",
                        conference,
                        "name",
                        name,
                        "abbreviation",
                        abbreviation,
                        "type",
                        "SPECIALISED_AGENCY",
                        "agendaItems",
                        List.of("2022 Kazakhstan Protests"),
                        "delegationSize",
                        1,
                        "rules",
                        Map.of("preset", "CONSENSUS"),
                        "seats",
                        List.of(
                                Map.of("name", "Kazakhstan", "kind", "MEMBER"),
                                Map.of("name", "China", "kind", "MEMBER"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("committeeId").asString();
    }

    /**
     * Posts {@code size} bytes over a plain socket with {@code Expect: 100-continue} and returns the
     * final answer's status: the body is sent only if the server asks for it, so a refusal by the
     * declared length is read without a race against a connection closed mid-body (java.net.http
     * waits forever in that case).
     */
    private static int postLarge(String token, String path, int size) {
        URI gatewayUri = URI.create(runtime.gatewayUrl());
        try (Socket socket = new Socket(gatewayUri.getHost(), gatewayUri.getPort())) {
            socket.setSoTimeout((int) ARRIVAL.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + gatewayUri.getAuthority() + "\r\nContent-Type: "
                            + TEXT + "\r\nAuthorization: Bearer " + token + "\r\nContent-Length: " + size
                            + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            int status = status(in.readLine());
            if (status == 100) {
                while (!in.readLine().isEmpty()) {
                    // the rest of the interim answer
                }
                out.write(new byte[size]);
                out.flush();
                status = status(in.readLine());
            }
            return status;
        } catch (IOException e) {
            throw new AssertionError("the gateway should answer a " + size + "-byte body", e);
        }
    }

    private static int status(String statusLine) {
        assertThat(statusLine).as("status line").isNotNull().startsWith("HTTP/1.1 ");
        return Integer.parseInt(statusLine.substring(9, 12));
    }

    private static List<JsonNode> hits(ApiClient reader, String path) {
        ApiClient.Response response = reader.get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("hits").valueStream().toList();
    }

    private static void assertProblem(ApiClient.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").toString()).contains("\"" + field + "\"");
    }

    private static byte[] sample() {
        Path sample = Path.of("..", "..", "guide-service", "src", "test", "resources", "guides")
                .resolve("study-guide-acimun25-sco.txt");
        try {
            return Files.readAllBytes(sample);
        } catch (IOException e) {
            throw new IllegalStateException("No sample guide at " + sample.toAbsolutePath(), e);
        }
    }

    private static String query(String words) {
        return java.net.URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    private static ApiClient actor(String address) {
        return gateway.withHeader("X-Forwarded-For", address);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
