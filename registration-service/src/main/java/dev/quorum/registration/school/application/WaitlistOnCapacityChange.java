package dev.quorum.registration.school.application;

import dev.quorum.registration.conference.application.ConferenceRevisionHook;
import dev.quorum.registration.conference.domain.Conference;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Room that a larger (or removed) capacity frees goes to the waitlist, in arrival order. */
@Component
class WaitlistOnCapacityChange implements ConferenceRevisionHook {
    private final WaitlistPromotion waitlist;

    WaitlistOnCapacityChange(WaitlistPromotion waitlist) {
        this.waitlist = waitlist;
    }

    @Override
    public void revised(Conference before, Conference after) {
        boolean moreRoom = after.capacity()
                .map(raised -> before.capacity().map(was -> raised > was).orElse(false))
                .orElse(before.capacity().isPresent());
        if (moreRoom) {
            waitlist.promote(after, Optional.empty());
        }
    }
}
