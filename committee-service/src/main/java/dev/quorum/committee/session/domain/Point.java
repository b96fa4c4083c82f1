package dev.quorum.committee.session.domain;

import java.time.Instant;

/** A point raised from the floor, open until the chair resolves it (with an optional ruling). */
public record Point(
        String pointId, PointType type, String seatId, String text, Instant raisedAt, String ruling, boolean resolved) {

    Point resolve(String chairRuling) {
        return new Point(pointId, type, seatId, text, raisedAt, chairRuling, true);
    }
}
