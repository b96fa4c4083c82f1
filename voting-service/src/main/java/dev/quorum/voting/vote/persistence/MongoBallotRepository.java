package dev.quorum.voting.vote.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import dev.quorum.platform.outbox.DuplicateAggregateException;
import dev.quorum.platform.outbox.OutboxFields;
import dev.quorum.platform.outbox.OutboxWriter;
import dev.quorum.platform.outbox.PendingEvent;
import dev.quorum.voting.vote.application.BallotRepository;
import dev.quorum.voting.vote.domain.Ballot;
import dev.quorum.voting.vote.domain.SeatBallot;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * The {@code ballots} collection: one document per vote and seat (unique index on both), each with
 * its own outbox for its BallotCast. While a revision is not counted the document carries
 * {@value #UNCOUNTED}, its own id, under a sparse unique index, so the reconciler finds the few
 * uncounted ballots without scanning (the embedded server reads unique indexes only).
 */
@Repository
class MongoBallotRepository implements BallotRepository {
    static final String COLLECTION = "ballots";
    static final String UNCOUNTED = "uncounted";

    private final MongoCollection<Document> ballots;
    private final OutboxWriter outbox;

    MongoBallotRepository(MongoDatabase database, OutboxWriter outbox) {
        this.ballots = database.getCollection(COLLECTION);
        this.outbox = outbox;
        ballots.createIndex(
                Indexes.ascending("voteId", "seatId"),
                new IndexOptions().name("one_ballot_per_seat").unique(true));
        ballots.createIndex(
                Indexes.ascending(UNCOUNTED),
                new IndexOptions().name("uncounted").unique(true).sparse(true));
    }

    /** Unambiguous for any two ids: the vote id's length comes first. */
    static String id(String voteId, String seatId) {
        return voteId.length() + ":" + voteId + ":" + seatId;
    }

    @Override
    public boolean insert(Ballot b) {
        String id = id(b.voteId(), b.seatId());
        Document doc = new Document("_id", id)
                .append("voteId", b.voteId())
                .append("seatId", b.seatId())
                .append("current", VoteDocuments.ballot(b.current()))
                .append("counted", false)
                .append(UNCOUNTED, id)
                .append("castBy", b.castBy())
                .append("castAt", Date.from(b.castAt()));
        try {
            outbox.insert(ballots, doc, List.of());
            return true;
        } catch (DuplicateAggregateException e) {
            return false;
        }
    }

    @Override
    public Optional<Ballot> find(String voteId, String seatId) {
        return Optional.ofNullable(
                        ballots.find(Filters.eq("_id", id(voteId, seatId))).first())
                .map(MongoBallotRepository::toBallot);
    }

    @Override
    public boolean replace(Ballot b, SeatBallot next) {
        String id = id(b.voteId(), b.seatId());
        return outbox.updateAtVersion(
                ballots,
                id,
                b.version(),
                Updates.combine(
                        Updates.set("current", VoteDocuments.ballot(next)),
                        Updates.set("previous", VoteDocuments.ballot(b.current())),
                        Updates.set("counted", false),
                        Updates.set(UNCOUNTED, id),
                        Updates.set("castAt", new Date())),
                List.of());
    }

    @Override
    public boolean markCounted(Ballot b, PendingEvent event) {
        return outbox.updateAtVersion(
                ballots,
                id(b.voteId(), b.seatId()),
                b.version(),
                Updates.combine(Updates.set("counted", true), Updates.unset(UNCOUNTED), Updates.unset("previous")),
                List.of(event));
    }

    @Override
    public boolean withdraw(Ballot b) {
        String id = id(b.voteId(), b.seatId());
        if (b.previous().isEmpty()) {
            // flat, for the (_id, version) index the outbox relay creates (ADR 41)
            return ballots.deleteOne(new Document("_id", id).append(OutboxFields.VERSION, b.version()))
                            .getDeletedCount()
                    == 1;
        }
        return outbox.updateAtVersion(
                ballots,
                id,
                b.version(),
                Updates.combine(
                        Updates.set("current", VoteDocuments.ballot(b.previous().get())),
                        Updates.set("counted", true),
                        Updates.unset(UNCOUNTED),
                        Updates.unset("previous")),
                List.of());
    }

    @Override
    public List<Ballot> uncounted(int limit) {
        List<Ballot> found = new ArrayList<>();
        ballots.find(Filters.regex(UNCOUNTED, "^")).limit(limit).forEach(d -> found.add(toBallot(d)));
        return found;
    }

    private static Ballot toBallot(Document d) {
        return new Ballot(
                d.getString("voteId"),
                d.getString("seatId"),
                VoteDocuments.ballot(d.get("current", Document.class)),
                Optional.ofNullable(d.get("previous", Document.class)).map(VoteDocuments::ballot),
                d.getBoolean("counted", false),
                d.getString("castBy"),
                d.getDate("castAt").toInstant(),
                ((Number) d.get(OutboxFields.VERSION)).longValue());
    }
}
