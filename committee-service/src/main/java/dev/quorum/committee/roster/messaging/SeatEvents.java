package dev.quorum.committee.roster.messaging;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * Our copies of registration-service's seat events (schemas and golden examples in its
 * {@code resources/events/}); only the fields the roster uses, unknown fields ignored.
 */
final class SeatEvents {
    private SeatEvents() {}

    /** {@code quorum.registration.SeatAssigned.v1}: the school holds the seat. */
    record SeatAssigned(
            @NotBlank String seatId,
            @NotBlank String committeeId,
            @NotBlank String schoolId,
            @Min(1) long version) {
        static final String TYPE = "quorum.registration.SeatAssigned.v1";
    }

    /** {@code quorum.registration.SeatReleased.v1}: no school holds the seat any more. */
    record SeatReleased(
            @NotBlank String seatId,
            @NotBlank String committeeId,
            @Min(1) long version) {
        static final String TYPE = "quorum.registration.SeatReleased.v1";
    }

    /** {@code quorum.registration.DelegateSeated.v1}: the delegate sits in the seat. */
    record DelegateSeated(
            @NotBlank String seatId,
            @NotBlank String committeeId,
            @NotBlank String schoolId,
            @NotBlank String delegateId,
            @Min(1) long version) {
        static final String TYPE = "quorum.registration.DelegateSeated.v1";
    }

    /** {@code quorum.registration.DelegateUnseated.v1}: the delegate left the seat. */
    record DelegateUnseated(
            @NotBlank String seatId,
            @NotBlank String committeeId,
            @NotBlank String delegateId,
            @Min(1) long version) {
        static final String TYPE = "quorum.registration.DelegateUnseated.v1";
    }
}
