package dev.quorum.registration.delegate.application;

import java.util.Optional;

/** Where a delegate sits, as seat allocation records it: read for the delegate's token. */
public interface DelegateSeats {
    /** The id of the seat the delegate sits on in the conference, if any. */
    Optional<String> seatOf(String conferenceId, String delegateId);
}
