package dev.quorum.voting.rollcall.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.quorum.platform.consumer.IdempotentWrites;
import dev.quorum.voting.rollcall.application.RollCalls;
import dev.quorum.voting.rollcall.domain.RollCall;
import dev.quorum.voting.rules.domain.Attendance;
import dev.quorum.voting.rules.domain.SeatKind;
import dev.quorum.voting.vote.domain.EligibleSeat;
import dev.quorum.voting.vote.persistence.RuleDocuments;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** {@code roll_calls}: one document per session, replaced by newer session versions only. */
@Repository
class MongoRollCalls implements RollCalls {
    private final MongoCollection<Document> rollCalls;

    MongoRollCalls(MongoDatabase database) {
        this.rollCalls = database.getCollection("roll_calls");
    }

    @Override
    public boolean record(RollCall r, long sessionVersion) {
        return IdempotentWrites.upsertIfNewer(
                rollCalls,
                r.sessionId(),
                sessionVersion,
                new Document("committeeId", r.committeeId())
                        .append("conferenceId", r.conferenceId())
                        .append(
                                "entries",
                                r.entries().stream()
                                        .map(s -> new Document("seatId", s.seatId())
                                                .append("name", s.name())
                                                .append("kind", s.kind().name())
                                                .append(
                                                        "attendance",
                                                        s.attendance().name()))
                                        .toList())
                        .append("quorumToVote", r.quorumToVote())
                        .append("procedural", RuleDocuments.toDocument(r.procedural()))
                        .append("substantive", RuleDocuments.toDocument(r.substantive()))
                        .append("nonStateActorsVote", r.nonStateActorsVote()));
    }

    @Override
    public Optional<RollCall> latest(String sessionId) {
        return Optional.ofNullable(rollCalls.find(Filters.eq("_id", sessionId)).first())
                .map(d -> new RollCall(
                        d.getString("_id"),
                        d.getString("committeeId"),
                        d.getString("conferenceId"),
                        d.getList("entries", Document.class, List.of()).stream()
                                .map(s -> new EligibleSeat(
                                        s.getString("seatId"),
                                        s.getString("name"),
                                        SeatKind.valueOf(s.getString("kind")),
                                        Attendance.valueOf(s.getString("attendance"))))
                                .toList(),
                        d.getBoolean("quorumToVote"),
                        RuleDocuments.toRule(d.get("procedural", Document.class)),
                        RuleDocuments.toRule(d.get("substantive", Document.class)),
                        d.getBoolean("nonStateActorsVote")));
    }
}
