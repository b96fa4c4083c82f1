package dev.quorum.registration.school.application;

import dev.quorum.registration.conference.application.ConferenceRevisionHook;
import dev.quorum.registration.conference.domain.Conference;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Room that a larger (or removed) capacity frees goes to the waitlist, in arrival order. */
@Component
class WaitlistOnCapacityChange implements ConferenceRevisionHook {
    private final SchoolRegistration registration;

    WaitlistOnCapacityChange(SchoolRegistration registration) {
        this.registration = registration;
    }

    @Override
    public void revised(Conference before, Conference after) {
        boolean moreRoom = after.capacity().isEmpty()
                || (before.capacity().isPresent()
                        && after.capacity().get() > before.capacity().get());
        if (moreRoom && !after.capacity().equals(before.capacity())) {
            registration.promoteWaitlist(after, Optional.empty());
        }
    }
}
