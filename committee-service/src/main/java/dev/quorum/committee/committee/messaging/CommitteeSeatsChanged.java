package dev.quorum.committee.committee.messaging;

import java.util.List;

/** {@code quorum.committee.CommitteeSeatsChanged.v1}: the whole seat list after the change. */
public record CommitteeSeatsChanged(
        String committeeId, String conferenceId, long version, int delegationSize, List<SeatData> seats) {

    public static final String TYPE = "quorum.committee.CommitteeSeatsChanged.v1";
}
