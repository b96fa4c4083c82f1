package dev.quorum.committee.session.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The countdown every screen computes alike: exact seconds, never below zero, paused keeps what was left. */
class TimerTest {
    private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void countsDownOneSecondPerSecondAndStopsAtZero() {
        Timer timer = Timer.start(START, 90);

        assertThat(timer.paused()).isFalse();
        assertThat(timer.remainingSeconds(START)).isEqualTo(90);
        assertThat(timer.remainingSeconds(START.plusSeconds(30))).isEqualTo(60);
        assertThat(timer.remainingSeconds(START.plusSeconds(89))).isEqualTo(1);
        assertThat(timer.remainingSeconds(START.plusSeconds(90))).isZero();
        assertThat(timer.remainingSeconds(START.plusSeconds(500)))
                .as("never below zero")
                .isZero();
    }

    @Test
    void aPausedTimerKeepsTheSecondsLeftAndResumesFromThem() {
        Timer paused = Timer.start(START, 90).pause(START.plusSeconds(40));

        assertThat(paused.paused()).isTrue();
        assertThat(paused.remainingSeconds(START.plusSeconds(1_000))).isEqualTo(50);

        Instant later = START.plusSeconds(300);
        Timer resumed = paused.resume(later);
        assertThat(resumed.paused()).isFalse();
        assertThat(resumed.startedAt()).isEqualTo(later);
        assertThat(resumed.remainingSeconds(later.plusSeconds(20))).isEqualTo(30);
    }

    @Test
    void pausingTwiceOrResumingARunningTimerIsAConflict() {
        Timer running = Timer.start(START, 60);
        Timer paused = running.pause(START.plusSeconds(10));

        assertThatThrownBy(() -> paused.pause(START.plusSeconds(20))).isInstanceOf(SessionConflict.class);
        assertThatThrownBy(() -> running.resume(START.plusSeconds(20))).isInstanceOf(SessionConflict.class);
    }

    @Test
    void aRunningTimerEndsAfterItsDurationAndAPausedOneHasNoEnd() {
        Timer running = Timer.start(START, 60);

        assertThat(running.endsAt()).isEqualTo(START.plusSeconds(60));
        assertThatThrownBy(() -> running.pause(START.plusSeconds(10)).endsAt())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("A paused timer has no end.");
    }
}
