package dev.quorum.registration.conference.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.quorum.platform.test.ApiClient;
import dev.quorum.platform.test.QuorumIntegrationTest;
import dev.quorum.registration.testing.CommitteeEvents;
import dev.quorum.registration.testing.RegistrationFixtures;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Secretariat of one real, opened conference tries every Secretariat endpoint on another
 * conference: each answers 404 (the other conference does not exist for it), and reading the
 * store or the API afterwards shows nothing changed. The conferences are built once and only read
 * by the tests, so one context and one set of fixtures serve them all.
 */
@QuorumIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"quorum.secretariat.username=secretariat", "quorum.secretariat.password=s3cret-pass"})
class ForeignSecretariatApiIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    ApiClient api;
    ApiClient home;
    ApiClient foreign;
    RegistrationFixtures fixtures;

    /** Registration under way: an accepted and a waitlisted school, a delegate, a payment, a proposal. */
    String registering;

    String accepted;
    String waitlisted;
    String delegate;
    String accessCode;
    String committee;
    String proposal;

    /** After finalization: one seat held with a delegate on it, one free. */
    String seated;

    String seatedSchool;
    String seatedDelegate;
    String heldSeat;
    String freeSeat;

    @BeforeAll
    void buildTwoConferencesAndAForeignSecretariat() {
        api = ApiClient.local(port);
        home = api.withToken(api.signIn("secretariat", "s3cret-pass"));
        fixtures = new RegistrationFixtures(api, home);
        String own = fixtures.openConference();
        foreign = fixtures.secretariatOf(own);
        assertThat(foreign.patch(conference(own), Map.of("name", "Own MUN")).status())
                .as("the foreign Secretariat administers its own conference: its 404s below are about tenancy")
                .isEqualTo(200);

        registering = fixtures.openConference(6, Map.of("currency", "EUR", "perSchool", 100, "perDelegate", 10));
        committee = committee(registering, 4).get("committeeId").asString();
        accepted = fixtures.applySchool(registering, "Accepted " + UUID.randomUUID(), 2);
        waitlisted = fixtures.applySchool(registering, "Waiting " + UUID.randomUUID(), 6);
        ApiClient advisor = advisorOf(accepted);
        JsonNode added = advisor.post("/api/schools/" + accepted + "/delegates", Map.of("name", "Deniz", "grade", "11"))
                .json();
        delegate = added.get("id").asString();
        accessCode = added.get("accessCode").asString();
        assertThat(advisor.put(preferences(), choices()).status()).isEqualTo(200);
        assertThat(home.post(payments(), payment()).status()).isEqualTo(201);
        proposal = home.post(allocations(registering), Map.of("seed", 1))
                .json()
                .get("id")
                .asString();

        seated = fixtures.openConference();
        JsonNode seats = committee(seated, 2).get("seats");
        seatedSchool = fixtures.applySchool(seated, "Seated " + UUID.randomUUID(), 1);
        String finalizable = home.post(allocations(seated), Map.of("seed", 1))
                .json()
                .get("id")
                .asString();
        assertThat(home.post(allocations(seated) + "/" + finalizable + "/finalize", "")
                        .status())
                .isEqualTo(200);
        heldSeat = home.get(seatAssignments(seated))
                .json()
                .get("items")
                .get(0)
                .get("seatId")
                .asString();
        freeSeat = seats.valueStream()
                .map(s -> s.get("seatId").asString())
                .filter(id -> !id.equals(heldSeat))
                .findFirst()
                .orElseThrow();
        ApiClient seatedAdvisor = advisorOf(seatedSchool);
        seatedDelegate = seatedAdvisor
                .post("/api/schools/" + seatedSchool + "/delegates", Map.of("name", "Ece", "grade", "10"))
                .json()
                .get("id")
                .asString();
        assertThat(seatedAdvisor
                        .put(delegateSeat(seatedDelegate), Map.of("seatId", heldSeat))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theConferenceItselfIsHiddenAndUnchanged() {
        JsonNode before = home.get(conference(registering)).json();

        assertThat(foreign.get(conference(registering)).status()).isEqualTo(404);
        assertThat(foreign.patch(conference(registering), Map.of("name", "Taken Over"))
                        .status())
                .isEqualTo(404);
        assertThat(foreign.get(conference(registering) + "/committees").status())
                .isEqualTo(404);
        assertThat(foreign.get("/api/conferences").body()).doesNotContain(registering);

        assertThat(home.get(conference(registering)).json()).isEqualTo(before);
    }

    @Test
    void noStaffCanBeAppointedToIt() {
        String chair = "chair-" + UUID.randomUUID().toString().substring(0, 8);
        String member = "member-" + UUID.randomUUID().toString().substring(0, 8);

        assertThat(foreign.post(
                                conference(registering) + "/chairs",
                                Map.of(
                                        "username",
                                        chair,
                                        "password",
                                        "chair-password",
                                        "committees",
                                        List.of(committee)))
                        .status())
                .isEqualTo(404);
        assertThat(foreign.post(
                                conference(registering) + "/secretariat",
                                Map.of("username", member, "password", "member-password"))
                        .status())
                .isEqualTo(404);

        assertThat(database.getCollection("accounts").countDocuments(Filters.in("username", chair, member)))
                .as("no account was stored")
                .isZero();
    }

    @Test
    void itsSchoolsAreHiddenAndKeepTheirStatus() {
        assertThat(foreign.get("/api/schools?conferenceId=" + registering).status())
                .isEqualTo(404);
        assertThat(foreign.get(school(accepted)).status()).isEqualTo(404);
        assertThat(foreign.post(school(waitlisted) + "/accept", "").status()).isEqualTo(404);
        assertThat(foreign.post(school(accepted) + "/waitlist", "").status()).isEqualTo(404);
        assertThat(foreign.post(school(accepted) + "/withdraw", "").status()).isEqualTo(404);

        assertThat(status(accepted)).isEqualTo("ACCEPTED");
        assertThat(status(waitlisted)).isEqualTo("WAITLISTED");
    }

    @Test
    void itsDelegatesAreHiddenAndTheirCodesStillWork() {
        JsonNode before = home.get(school(accepted) + "/delegates").json();

        assertThat(foreign.post(school(accepted) + "/delegates", Map.of("name", "Intruder", "grade", "12"))
                        .status())
                .isEqualTo(404);
        assertThat(foreign.get(school(accepted) + "/delegates").status()).isEqualTo(404);
        assertThat(foreign.post("/api/delegates/" + delegate + "/access-code", "")
                        .status())
                .isEqualTo(404);

        assertThat(home.get(school(accepted) + "/delegates").json()).isEqualTo(before);
        assertThat(api.post("/api/auth/token", Map.of("accessCode", accessCode)).status())
                .as("the code was not replaced")
                .isEqualTo(200);
    }

    @Test
    void itsFeesAreHiddenAndNoPaymentIsRecorded() {
        JsonNode before = home.get(school(accepted) + "/statement").json();

        assertThat(foreign.post(payments(), payment()).status()).isEqualTo(404);
        assertThat(foreign.get(school(accepted) + "/statement").status()).isEqualTo(404);

        assertThat(home.get(school(accepted) + "/statement").json()).isEqualTo(before);
        assertThat(database.getCollection("payments").countDocuments(Filters.eq("schoolId", accepted)))
                .isEqualTo(1);
    }

    @Test
    void itsPreferencesAreHiddenAndUnchanged() {
        JsonNode before = home.get(preferences()).json();

        assertThat(foreign.get(preferences()).status()).isEqualTo(404);
        assertThat(foreign.put(preferences(), Map.of("choices", List.of())).status())
                .isEqualTo(404);

        assertThat(home.get(preferences()).json()).isEqualTo(before);
    }

    @Test
    void itsAllocationCannotBeProposedMovedOrFinalized() {
        String path = allocations(registering) + "/" + proposal;
        JsonNode before = home.get(path).json();
        String seat = before.get("seats").get(0).get("seatId").asString();

        assertThat(foreign.post(allocations(registering), Map.of("seed", 2)).status())
                .isEqualTo(404);
        assertThat(foreign.get(path).status()).isEqualTo(404);
        assertThat(foreign.put(path + "/seats/" + seat, Map.of("schoolId", accepted))
                        .status())
                .isEqualTo(404);
        assertThat(foreign.post(path + "/finalize", "").status()).isEqualTo(404);

        assertThat(home.get(path).json()).isEqualTo(before);
        assertThat(database.getCollection("allocations").countDocuments(Filters.eq("conferenceId", registering)))
                .isEqualTo(1);
        assertThat(database.getCollection("finalized_allocations").countDocuments(Filters.eq("_id", registering)))
                .isZero();
    }

    @Test
    void itsSeatsCannotBeReadGivenTakenBackOrSatOn() {
        JsonNode held = home.get(seatAssignments(seated)).json();
        JsonNode free = home.get(conference(seated) + "/free-seats").json();

        assertThat(foreign.get(seatAssignments(seated)).status()).isEqualTo(404);
        assertThat(foreign.get(conference(seated) + "/free-seats").status()).isEqualTo(404);
        assertThat(foreign.put(seatAssignments(seated) + "/" + freeSeat, Map.of("schoolId", seatedSchool))
                        .status())
                .isEqualTo(404);
        assertThat(foreign.delete(seatAssignments(seated) + "/" + heldSeat).status())
                .isEqualTo(404);
        assertThat(foreign.put(delegateSeat(seatedDelegate), Map.of("seatId", freeSeat))
                        .status())
                .isEqualTo(404);
        assertThat(foreign.delete(delegateSeat(seatedDelegate)).status()).isEqualTo(404);

        assertThat(home.get(seatAssignments(seated)).json()).isEqualTo(held);
        assertThat(home.get(conference(seated) + "/free-seats").json()).isEqualTo(free);
    }

    /** A committee of the conference with fresh seat ids, once the catalogue has it. */
    private ObjectNode committee(String conferenceId, int seats) {
        ObjectNode data = CommitteeEvents.withFirstSeats(
                CommitteeEvents.created(UUID.randomUUID().toString(), conferenceId), seats);
        data.put("delegationSize", 1);
        data.get("seats")
                .valueStream()
                .forEach(s -> ((ObjectNode) s).put("seatId", UUID.randomUUID().toString()));
        CommitteeEvents.publish(CommitteeEvents.CREATED, data);
        await().atMost(WAIT)
                .until(() -> home.get(conference(conferenceId) + "/committees")
                                .json()
                                .get("totalItems")
                                .asLong()
                        == 1);
        return data;
    }

    private ApiClient advisorOf(String schoolId) {
        return fixtures.advisorOf(home.get(school(schoolId)).json().get("name").asString());
    }

    private String status(String schoolId) {
        return home.get(school(schoolId)).json().get("status").asString();
    }

    private Map<String, Object> choices() {
        return Map.of("choices", List.of(Map.of("committeeId", committee)));
    }

    private static Map<String, Object> payment() {
        return Map.of(
                "amount", 50,
                "currency", "EUR",
                "method", "CASH",
                "reference", "R-1",
                "receivedOn", LocalDate.now(ZoneId.of("Europe/Istanbul")).toString());
    }

    private String preferences() {
        return school(accepted) + "/preferences";
    }

    private String payments() {
        return school(accepted) + "/payments";
    }

    private static String conference(String id) {
        return "/api/conferences/" + id;
    }

    private static String allocations(String conferenceId) {
        return conference(conferenceId) + "/allocations";
    }

    private static String seatAssignments(String conferenceId) {
        return conference(conferenceId) + "/seat-assignments";
    }

    private static String school(String id) {
        return "/api/schools/" + id;
    }

    private static String delegateSeat(String delegateId) {
        return "/api/delegates/" + delegateId + "/seat";
    }
}
