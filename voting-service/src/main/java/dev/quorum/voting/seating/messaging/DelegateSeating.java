package dev.quorum.voting.seating.messaging;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * voting-service's copy of registration's {@code DelegateSeated.v1} and {@code DelegateUnseated.v1},
 * which share one shape: the delegate sits on (or left) the seat.
 */
public record DelegateSeating(
        @NotBlank @Size(max = 64) String conferenceId,
        @NotBlank @Size(max = 64) String seatId,
        @NotBlank @Size(max = 64) String committeeId,
        @NotBlank @Size(max = 64) String schoolId,
        @NotBlank @Size(max = 64) String delegateId,
        @Min(1) long version) {
    public static final String SEATED = "quorum.registration.DelegateSeated.v1";
    public static final String UNSEATED = "quorum.registration.DelegateUnseated.v1";
}
