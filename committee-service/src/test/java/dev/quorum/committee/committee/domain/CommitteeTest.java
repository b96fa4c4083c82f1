package dev.quorum.committee.committee.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class CommitteeTest {
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private final AtomicInteger ids = new AtomicInteger();
    private final Supplier<String> newId = () -> "seat-" + ids.incrementAndGet();

    @Test
    void createdCommitteeIsAtVersionOneWithNewSeatIdsAndOneCreatedEvent() {
        Committee.Change change = create(RulesPresets.of(RulesPresets.CONSENSUS), sco());

        assertThat(change.committee().version()).isEqualTo(1);
        assertThat(change.committee().seats())
                .extracting(Seat::seatId)
                .doesNotHaveDuplicates()
                .allMatch(id -> id.startsWith("seat-"));
        assertThat(change.events()).singleElement().isInstanceOf(CommitteeEvent.Created.class);
    }

    @Test
    void seatNamesThatReadTheSameAfterNormalisationAndCaseFoldingAreOneSeat() {
        List<SeatDraft> seats = List.of(
                new SeatDraft(null, "Straße Republic", SeatKind.MEMBER),
                new SeatDraft(null, "ＳＴＲＡＳＳＥ republic ", SeatKind.OBSERVER));

        assertThatThrownBy(() -> create(RulesPresets.of(RulesPresets.UNA_USA), seats))
                .isInstanceOf(CommitteeRuleViolation.class)
                .extracting("field")
                .isEqualTo("seats[1].name");
    }

    @Test
    void moreThanFiveHundredSeatsAreRefused() {
        List<SeatDraft> seats = new ArrayList<>();
        for (int i = 0; i <= Seats.MAX_SEATS; i++) {
            seats.add(new SeatDraft(null, "Seat " + i, SeatKind.MEMBER));
        }

        assertThatThrownBy(() -> create(RulesPresets.of(RulesPresets.UNA_USA), seats))
                .extracting("field")
                .isEqualTo("seats");
    }

    @Test
    void aSeatIdTheCommitteeDoesNotHaveIsRefused() {
        Committee committee =
                create(RulesPresets.of(RulesPresets.UNA_USA), sco()).committee();
        List<SeatDraft> seats = List.of(new SeatDraft("not-ours", "China", SeatKind.MEMBER));

        assertThatThrownBy(() -> committee.revise(new CommitteeChanges(null, null, seats, null), newId))
                .extracting("field")
                .isEqualTo("seats[0].seatId");
    }

    @Test
    void changingSeatsKeepsTheNamedIdsAndCausesSeatsChangedAtTheNextVersion() {
        Committee committee =
                create(RulesPresets.of(RulesPresets.UNA_USA), sco()).committee();
        Seat china = committee.seats().get(0);
        List<SeatDraft> seats = List.of(
                new SeatDraft(china.seatId(), "China", SeatKind.MEMBER),
                new SeatDraft(null, "Türkiye", SeatKind.OBSERVER));

        Committee.Change change = committee.revise(new CommitteeChanges(null, null, seats, null), newId);

        assertThat(change.committee().version()).isEqualTo(2);
        assertThat(change.committee().seats()).hasSize(2).first().isEqualTo(china);
        assertThat(change.events()).singleElement().isInstanceOf(CommitteeEvent.SeatsChanged.class);
        assertThat(change.committee().differsForSessions(committee)).isTrue();
    }

    @Test
    void renamingTheCommitteeCausesNoEventAndLeavesSessionsAlone() {
        Committee committee =
                create(RulesPresets.of(RulesPresets.UNA_USA), sco()).committee();
        DetailsPatch rename =
                new DetailsPatch("Shanghai Cooperation Organisation (2022)", null, null, null, null, null);

        Committee.Change change = committee.revise(new CommitteeChanges(rename, null, null, null), newId);

        assertThat(change.events()).isEmpty();
        assertThat(change.committee().details().name()).isEqualTo("Shanghai Cooperation Organisation (2022)");
        assertThat(change.committee().details().abbreviation()).isEqualTo("SCO");
        assertThat(change.committee().differsForSessions(committee)).isFalse();
    }

    @Test
    void delegationSizeIsOneOrTwo() {
        Committee committee =
                create(RulesPresets.of(RulesPresets.UNA_USA), sco()).committee();

        assertThatThrownBy(() -> committee.revise(new CommitteeChanges(null, 3, null, null), newId))
                .extracting("field")
                .isEqualTo("delegationSize");
        assertThat(committee
                        .revise(new CommitteeChanges(null, 2, null, null), newId)
                        .events())
                .singleElement()
                .isInstanceOf(CommitteeEvent.SeatsChanged.class);
    }

    @Test
    void aCommitteeIsCreatedWithOneOrTwoDelegatesPerSeatOnly() {
        CommitteeDetails details =
                create(RulesPresets.of(RulesPresets.UNA_USA), sco()).committee().details();

        assertThatThrownBy(() -> Committee.create(
                        "c", "conf", details, 3, RulesPresets.of(RulesPresets.UNA_USA), sco(), newId, NOW))
                .extracting("field")
                .isEqualTo("delegationSize");
        assertThat(Committee.create("c", "conf", details, 2, RulesPresets.of(RulesPresets.UNA_USA), sco(), newId, NOW)
                        .committee()
                        .delegationSize())
                .isEqualTo(2);
    }

    @Test
    void newSeatsAreCheckedAgainstTheRulesTheCommitteeKeeps() {
        Committee council = create(RulesPresets.of(RulesPresets.SECURITY_COUNCIL), fifteen(5))
                .committee();
        List<SeatDraft> withoutVeto = council.seats().stream()
                .map(s -> new SeatDraft(s.seatId(), s.name(), SeatKind.MEMBER))
                .toList();

        assertThatThrownBy(() -> council.revise(new CommitteeChanges(null, null, withoutVeto, null), newId))
                .extracting("field")
                .isEqualTo("rules.substantive.vetoApplies");
    }

    @Test
    void fiveHundredSeatsAreTheMostACommitteeHas() {
        List<SeatDraft> seats = new ArrayList<>();
        for (int i = 0; i < Seats.MAX_SEATS; i++) {
            seats.add(new SeatDraft(null, "Seat " + i, SeatKind.MEMBER));
        }

        assertThat(create(RulesPresets.of(RulesPresets.UNA_USA), seats)
                        .committee()
                        .seats())
                .hasSize(Seats.MAX_SEATS);
    }

    @Test
    void securityCouncilPresetNeedsVetoMembersOnceThereAreSeats() {
        assertThatThrownBy(() -> create(RulesPresets.of(RulesPresets.SECURITY_COUNCIL), fifteen(0)))
                .extracting("field")
                .isEqualTo("rules.substantive.vetoApplies");
        assertThat(create(RulesPresets.of(RulesPresets.SECURITY_COUNCIL), fifteen(5))
                        .committee()
                        .seats())
                .hasSize(15);
        assertThat(create(RulesPresets.of(RulesPresets.SECURITY_COUNCIL), List.of())
                        .committee()
                        .seats())
                .isEmpty();
    }

    @Test
    void fixedCountMayNotNeedMoreYesVotesThanThereAreVotingMembers() {
        RulesProfile sc = RulesPresets.of(RulesPresets.SECURITY_COUNCIL);
        List<SeatDraft> eight = fifteen(5).subList(0, 8);
        Quorum anyone = new Quorum(1, 2, 1);
        RulesProfile quorumFits = new ProfileOverrides(anyone, anyone, null, null, null, null, null).applyTo(sc);

        assertThatThrownBy(() -> create(quorumFits, eight))
                .extracting("field")
                .isEqualTo("rules.procedural.requiredYes");
        assertThatThrownBy(() -> create(sc, eight)).extracting("field").isEqualTo("rules.quorumToDebate.minimumCount");
    }

    @Test
    void inconsistentOverridesNameTheirField() {
        RulesProfile una = RulesPresets.of(RulesPresets.UNA_USA);
        VoteRule fixedWithoutCount =
                new VoteRule(Majority.FIXED_COUNT, MajorityBasis.PRESENT_AND_VOTING, null, false, false, false);
        VoteRule simpleWithCount =
                new VoteRule(Majority.SIMPLE, MajorityBasis.PRESENT_AND_VOTING, 3, false, false, false);
        VoteRule proceduralVeto =
                new VoteRule(Majority.SIMPLE, MajorityBasis.PRESENT_AND_VOTING, null, false, true, false);
        List<MotionRule> twice = List.of(una.motions().get(0), una.motions().get(0));

        assertRefused(
                new ProfileOverrides(new Quorum(4, 3, 1), null, null, null, null, null, null),
                "rules.quorumToDebate.numerator");
        assertRefused(
                new ProfileOverrides(null, new Quorum(0, 3, 1), null, null, null, null, null),
                "rules.quorumToVote.numerator");
        assertRefused(
                new ProfileOverrides(null, null, fixedWithoutCount, null, null, null, null),
                "rules.procedural.requiredYes");
        assertRefused(
                new ProfileOverrides(null, null, null, simpleWithCount, null, null, null),
                "rules.substantive.requiredYes");
        assertRefused(
                new ProfileOverrides(null, null, proceduralVeto, null, null, null, null),
                "rules.procedural.vetoApplies");
        assertRefused(new ProfileOverrides(null, null, null, null, null, 5, null), "rules.defaultSpeakingTimeSeconds");
        assertRefused(new ProfileOverrides(null, null, null, null, null, null, twice), "rules.motions[1].type");
    }

    @Test
    void deadlinesOutsideTheBoundsAreRefused() {
        assertThatThrownBy(() -> new CommitteeDetails(
                        "SCO", "SCO", CommitteeType.CRISIS, null, List.of(), Instant.parse("2200-01-01T00:00:00Z")))
                .extracting("field")
                .isEqualTo("positionPaperDeadline");
    }

    private void assertRefused(ProfileOverrides overrides, String field) {
        RulesProfile profile = overrides.applyTo(RulesPresets.of(RulesPresets.UNA_USA));
        assertThatThrownBy(() -> create(profile, sco()))
                .as(field)
                .extracting("field")
                .isEqualTo(field);
    }

    private Committee.Change create(RulesProfile profile, List<SeatDraft> seats) {
        CommitteeDetails details = new CommitteeDetails(
                "Shanghai Cooperation Organisation",
                "SCO",
                CommitteeType.SPECIALISED_AGENCY,
                CommitteeLevel.ADVANCED,
                List.of("2022 Kazakhstan Protests"),
                Instant.parse("2026-11-20T21:00:00Z"));
        return Committee.create("committee-1", "conference-1", details, 1, profile, seats, newId, NOW);
    }

    static List<SeatDraft> sco() {
        List<SeatDraft> seats = new ArrayList<>();
        for (String member : List.of(
                "China",
                "India",
                "Iran",
                "Kazakhstan",
                "Kyrgyzstan",
                "Pakistan",
                "Russia",
                "Tajikistan",
                "Uzbekistan",
                "Belarus")) {
            seats.add(new SeatDraft(null, member, SeatKind.MEMBER));
        }
        seats.add(new SeatDraft(null, "Mongolia", SeatKind.OBSERVER));
        seats.add(new SeatDraft(null, "Afghanistan", SeatKind.OBSERVER));
        return seats;
    }

    private static List<SeatDraft> fifteen(int vetoMembers) {
        List<SeatDraft> seats = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            seats.add(new SeatDraft(null, "Country " + i, i < vetoMembers ? SeatKind.VETO_MEMBER : SeatKind.MEMBER));
        }
        return seats;
    }
}
