package dev.quorum.committee.committee.messaging;

import java.util.List;

/** {@code quorum.committee.CommitteeCreated.v1}: see its schema in {@code resources/events/}. */
public record CommitteeCreated(
        String committeeId,
        String conferenceId,
        long version,
        String name,
        String abbreviation,
        int delegationSize,
        List<SeatData> seats) {

    public static final String TYPE = "quorum.committee.CommitteeCreated.v1";
}
