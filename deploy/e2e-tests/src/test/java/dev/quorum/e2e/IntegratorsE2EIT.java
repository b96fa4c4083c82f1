package dev.quorum.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quorum.platform.test.ApiClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an integrator sees (issue 12): the reference board in headless Chromium follows a session
 * and its vote as the API changes them; the combined event page shows every event schema of every
 * service; and the requests of {@code docs/integrators.md} run as written.
 */
@Order(2)
@ExtendWith(EmbeddedRuntimeExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntegratorsE2EIT {
    private static final Duration ARRIVAL = Duration.ofSeconds(60);
    private static final List<String> SERVICES = List.of("registration", "committee", "voting", "guide");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static EmbeddedRuntime runtime;
    private static ApiClient gateway;

    @BeforeAll
    static void connect(EmbeddedRuntime shared) {
        runtime = shared;
        gateway = ApiClient.at(runtime.gatewayUrl()).withHeader("X-Forwarded-For", "203.0.113.70");
    }

    @Test
    @Order(1)
    void theBoardShowsTheNextSpeakerAndTheChangingTally() throws IOException {
        ApiClient.Response page = gateway.get("/board/");
        assertThat(page.status()).as("the board's address, without a token").isEqualTo(302);
        assertThat(gateway.get(page.header("Location")).body()).contains("Quorum board");

        String token = gateway.signIn(EmbeddedRuntime.ADMIN_USERNAME, EmbeddedRuntime.ADMIN_PASSWORD);
        LiveCommittee committee = LiveCommittee.open(gateway.withToken(token), ARRIVAL);
        ChromeDriver browser = HeadlessChromium.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, ARRIVAL);
            // Only the conference in the address: the board finds the committee's open session itself.
            browser.get(runtime.gatewayUrl() + "/board/?conference=" + committee.conference());
            browser.findElement(By.id("token")).sendKeys(token);
            browser.findElement(By.id("load-committees")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("committee"), "DISEC"));
            wait.until(ExpectedConditions.attributeToBe(By.id("session"), "value", committee.session()));
            browser.findElement(By.id("follow")).click();
            wait.until(ExpectedConditions.textToBe(By.id("session-state"), "formal debate"));
            wait.until(ExpectedConditions.textToBe(By.id("connection"), "open"));

            committee.addSpeaker("Brazil");
            committee.addSpeaker("Japan");
            wait.until(ExpectedConditions.textToBe(By.id("next-speaker"), "Brazil"));
            committee.nextSpeaker();
            wait.until(ExpectedConditions.textToBe(By.id("current-speaker"), "Brazil"));
            wait.until(ExpectedConditions.textToBe(By.id("next-speaker"), "Japan"));
            assertThat(browser.findElement(By.id("timer")).getText()).matches("[01]:\\d\\d");

            // A dropped stream: committee-service dies; the board says so, reconnects by itself
            // once it is back (with Last-Event-ID) and shows the next change.
            runtime.kill("committee");
            wait.until(ExpectedConditions.textToBe(By.id("connection"), "retrying"));
            assertThat(runtime.run(240, "restart", "committee"))
                    .as("restart committee")
                    .isZero();
            new WebDriverWait(browser, Duration.ofSeconds(90))
                    .until(ExpectedConditions.textToBe(By.id("connection"), "open"));
            committee.addSpeaker("Kenya");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("speakers"), "Kenya"));

            committee.voteOnAMotion("Kenya");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("vote")));
            wait.until(ExpectedConditions.textToBe(By.id("vote-status"), "open"));
            committee.cast("Brazil", "YES");
            wait.until(ExpectedConditions.textToBe(By.id("tally-yes"), "1"));
            committee.cast("Japan", "NO");
            wait.until(ExpectedConditions.textToBe(By.id("tally-no"), "1"));
            assertThat(browser.findElement(By.id("tally-yes")).getText()).isEqualTo("1");
            Files.write(Path.of("target", "board.png"), browser.getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(2)
    void theEventPageShowsEverySchemaOfEveryService() {
        ChromeDriver browser = HeadlessChromium.start();
        try {
            browser.get(runtime.gatewayUrl() + "/asyncapi/");
            new WebDriverWait(browser, ARRIVAL)
                    .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-loaded", "true"));
            for (String service : SERVICES) {
                Map<String, JsonNode> shown = new TreeMap<>();
                for (WebElement schema : browser.findElements(
                        By.cssSelector("section[data-service='" + service + "'] pre[data-schema]"))) {
                    shown.put(schema.getAttribute("data-schema"), JSON.readTree(schema.getText()));
                }
                assertThat(shown).as(service + "'s event schemas on the page").isEqualTo(schemasOf(service));
            }
            assertThat(browser.findElements(By.className("error")))
                    .as("nothing failed to load")
                    .isEmpty();
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(3)
    void theIntegratorsGuideRunsAsWritten() throws IOException, InterruptedException {
        assumeTrue(onPath("curl") && onPath("jq"), "skipped: docs/integrators.md needs curl and jq on the PATH");
        List<String> blocks = IntegratorsGuide.testedBlocks();
        assertThat(blocks).as("runnable blocks in " + IntegratorsGuide.FILE).hasSizeGreaterThanOrEqualTo(10);
        Path work = Files.createTempDirectory(Path.of("target"), "integrators-guide");
        Files.writeString(work.resolve("guide.sh"), IntegratorsGuide.script());
        // The guide's rate-limit demonstration must not spend the budget of loopback, where other
        // tests' clients come from: its curl plays one client address, as the other tests' clients do.
        Files.writeString(work.resolve(".curlrc"), "header = \"X-Forwarded-For: 203.0.113.71\"\n");
        ProcessBuilder bash = new ProcessBuilder("bash", "guide.sh")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("output.txt").toFile());
        bash.environment()
                .putAll(Map.of(
                        "QUORUM",
                        runtime.gatewayUrl(),
                        "QUORUM_USER",
                        EmbeddedRuntime.ADMIN_USERNAME,
                        "QUORUM_PASSWORD",
                        EmbeddedRuntime.ADMIN_PASSWORD,
                        "CURL_HOME",
                        work.toString()));
        Process process = bash.start();
        boolean finished = process.waitFor(180, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(work.resolve("output.txt"));
        assertThat(finished)
                .as("the guide's script finished; output:\n" + output)
                .isTrue();
        assertThat(process.exitValue())
                .as("the guide's script; output:\n" + output)
                .isZero();
        assertThat(output)
                .as("the speaker, the 428's detail and the Retry-After the guide prints")
                .contains("Brazil")
                .contains("If-Match")
                .containsIgnoringCase("retry-after:");
    }

    /** Each schema file a service publishes, by name, as its own resources hold it. */
    private static Map<String, JsonNode> schemasOf(String service) {
        Path events = Path.of("..", "..", service + "-service", "src", "main", "resources", "events");
        Map<String, JsonNode> schemas = new TreeMap<>();
        try (Stream<Path> files = Files.list(events)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".schema.json"))
                    .toList()) {
                schemas.put(file.getFileName().toString(), JSON.readTree(Files.readString(file)));
            }
        } catch (IOException e) {
            throw new IllegalStateException("No event schemas at " + events.toAbsolutePath(), e);
        }
        assertThat(schemas).as(service + " publishes events").isNotEmpty();
        return schemas;
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv("PATH").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
