package dev.quorum.registration.allocation.application;

import dev.quorum.registration.school.application.SchoolWithdrawalHook;
import dev.quorum.registration.school.domain.School;
import org.springframework.stereotype.Component;

/** A school that withdraws after finalization gives its seats back. */
@Component
class SeatReleaseOnWithdrawal implements SchoolWithdrawalHook {
    private final SeatRelease release;

    SeatReleaseOnWithdrawal(SeatRelease release) {
        this.release = release;
    }

    @Override
    public void withdrawn(School school) {
        release.releaseAllHeldBy(school.conferenceId(), school.id());
    }
}
