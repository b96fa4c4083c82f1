package dev.quorum.registration.school.application;

import dev.quorum.registration.conference.application.ConferenceRevisionHook;
import dev.quorum.registration.conference.domain.Conference;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Room that a raised capacity frees goes to the waitlist, in arrival order. */
@Component
class WaitlistOnCapacityChange implements ConferenceRevisionHook {
    private final WaitlistPromotion waitlist;

    WaitlistOnCapacityChange(WaitlistPromotion waitlist) {
        this.waitlist = waitlist;
    }

    @Override
    public void revised(Conference before, Conference after) {
        // A capacity can be set or changed but never removed (a PATCH without it keeps it), so more
        // room only ever comes from a raised capacity.
        boolean raised = before.capacity().isPresent()
                && after.capacity().isPresent()
                && after.capacity().get() > before.capacity().get();
        if (raised) {
            waitlist.promote(after, Optional.empty());
        }
    }
}
