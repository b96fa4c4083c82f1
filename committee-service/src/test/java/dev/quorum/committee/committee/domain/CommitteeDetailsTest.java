package dev.quorum.committee.committee.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A committee's descriptive fields, their patches, and overrides of a preset. */
class CommitteeDetailsTest {
    private static final CommitteeDetails SCO = new CommitteeDetails(
            "Shanghai Cooperation Organisation",
            "SCO",
            CommitteeType.SPECIALISED_AGENCY,
            CommitteeLevel.ADVANCED,
            List.of("Regional security"),
            Instant.parse("2026-11-20T21:00:00Z"));

    @Test
    void aNameAndAnAbbreviationAreRequired() {
        assertRefused(() -> details(" ", "SCO", null), "name");
        assertRefused(() -> details(null, "SCO", null), "name");
        assertRefused(() -> details("SCO", "", null), "abbreviation");
        assertRefused(() -> details("SCO", null, null), "abbreviation");
    }

    @Test
    void aDeadlineMayFallOnEitherBoundButNotASecondBeyond() {
        assertThat(details("SCO", "SCO", CommitteeDetails.EARLIEST_DEADLINE).positionPaperDeadline())
                .isEqualTo(CommitteeDetails.EARLIEST_DEADLINE);
        assertThat(details("SCO", "SCO", CommitteeDetails.LATEST_DEADLINE).positionPaperDeadline())
                .isEqualTo(CommitteeDetails.LATEST_DEADLINE);
        assertRefused(
                () -> details("SCO", "SCO", CommitteeDetails.EARLIEST_DEADLINE.minusSeconds(1)),
                "positionPaperDeadline");
        assertRefused(
                () -> details("SCO", "SCO", CommitteeDetails.LATEST_DEADLINE.plusSeconds(1)), "positionPaperDeadline");
    }

    @Test
    void anEmptyPatchKeepsEveryFieldAndAFullOneReplacesEach() {
        CommitteeDetails replaced = new CommitteeDetails(
                "Security Council",
                "UNSC",
                CommitteeType.SECURITY_COUNCIL,
                CommitteeLevel.BEGINNER,
                List.of("Cyber security"),
                Instant.parse("2026-12-01T00:00:00Z"));
        DetailsPatch full = new DetailsPatch(
                replaced.name(),
                replaced.abbreviation(),
                replaced.type(),
                replaced.level(),
                replaced.agendaItems(),
                replaced.positionPaperDeadline());

        assertThat(new DetailsPatch(null, null, null, null, null, null).applyTo(SCO))
                .isEqualTo(SCO);
        assertThat(full.applyTo(SCO)).isEqualTo(replaced);
    }

    @Test
    void fullOverridesReplaceEveryValueOfThePresetButItsName() {
        RulesProfile una = RulesPresets.of(RulesPresets.UNA_USA);
        Quorum half = new Quorum(1, 2, 2);
        Quorum twoThirds = new Quorum(2, 3, 2);
        VoteRule twoThirdsRule = RulesPresets.TWO_THIRDS_PROCEDURAL;
        List<MotionRule> oneMotion = List.of(una.motions().get(0));
        ProfileOverrides all = new ProfileOverrides(half, twoThirds, twoThirdsRule, twoThirdsRule, true, 45, oneMotion);

        assertThat(all.applyTo(una))
                .isEqualTo(new RulesProfile(
                        RulesPresets.UNA_USA, half, twoThirds, twoThirdsRule, twoThirdsRule, true, 45, oneMotion));
        assertThat(ProfileOverrides.NONE.applyTo(una)).isEqualTo(una);
    }

    private static CommitteeDetails details(String name, String abbreviation, Instant deadline) {
        return new CommitteeDetails(name, abbreviation, CommitteeType.GENERAL_ASSEMBLY, null, List.of(), deadline);
    }

    private static void assertRefused(Runnable create, String field) {
        assertThatThrownBy(create::run)
                .as(field)
                .isInstanceOfSatisfying(
                        CommitteeRuleViolation.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
