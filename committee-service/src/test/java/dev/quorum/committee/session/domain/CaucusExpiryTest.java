package dev.quorum.committee.session.domain;

import static dev.quorum.committee.session.domain.ScoCommittee.T0;
import static dev.quorum.committee.session.domain.ScoCommittee.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quorum.committee.committee.domain.MotionType;
import org.junit.jupiter.api.Test;

/** A caucus ends itself when its server-side timer reaches zero, and only then. */
class CaucusExpiryTest {

    private static Session inCaucus(int seconds) {
        Session session = ScoCommittee.everyonePresent();
        session.motions()
                .raise("c", new MotionRequest(MotionType.MODERATED_CAUCUS, id("India"), seconds, 30, "Water"), T0);
        session.motions().decide("c", MotionDecision.ADOPTED, T0);
        return session;
    }

    @Test
    void aCaucusRunsUntilItsLastSecondThenEndsOnceBackInFormalDebate() {
        Session session = inCaucus(300);

        assertThat(session.expireCaucus(T0.plusSeconds(299).plusMillis(999))).isFalse();
        assertThat(session.state()).isEqualTo(SessionState.MODERATED_CAUCUS);
        assertThat(session.expireCaucus(T0.plusSeconds(300))).isTrue();
        assertThat(session.expireCaucus(T0.plusSeconds(301))).isFalse();

        assertThat(session.state()).isEqualTo(SessionState.FORMAL_DEBATE);
        assertThat(session.data().caucus()).isNull();
        assertThat(session.data().caucusList()).isNull();
        assertThat(session.events().stream().filter(e -> e instanceof SessionEvent.CaucusEnded))
                .hasSize(1);
    }

    @Test
    void aPausedCaucusDoesNotRunOutAndResumesWithWhatWasLeft() {
        Session session = inCaucus(300);
        session.floor().pauseTimer(T0.plusSeconds(100));

        assertThat(session.expireCaucus(T0.plusSeconds(10_000))).isFalse();
        session.floor().resumeTimer(T0.plusSeconds(10_000));
        assertThat(session.expireCaucus(T0.plusSeconds(10_199))).isFalse();
        assertThat(session.expireCaucus(T0.plusSeconds(10_200))).isTrue();
    }

    @Test
    void nothingToEndWithoutACaucus() {
        Session session = ScoCommittee.everyonePresent();

        assertThat(session.expireCaucus(T0.plusSeconds(10_000))).isFalse();
        assertThat(session.events()).noneMatch(e -> e instanceof SessionEvent.CaucusEnded);
    }
}
