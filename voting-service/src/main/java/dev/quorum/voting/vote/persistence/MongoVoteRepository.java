package dev.quorum.voting.vote.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.quorum.platform.outbox.DuplicateAggregateException;
import dev.quorum.platform.outbox.OutboxFields;
import dev.quorum.platform.outbox.OutboxWriter;
import dev.quorum.platform.outbox.PendingEvent;
import dev.quorum.voting.vote.application.VoteRepository;
import dev.quorum.voting.vote.domain.SeatBallot;
import dev.quorum.voting.vote.domain.Vote;
import dev.quorum.voting.vote.domain.VoteResult;
import dev.quorum.voting.vote.domain.VoteStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * The {@code votes} collection: one document per vote, holding its counts and its outbox. The
 * ballot path reads and returns only the changing state and the one seat's ballot: a 400-seat
 * vote's document is tens of kilobytes, its fixed parts (rule, seats) come from {@link #fixed}.
 */
@Repository
class MongoVoteRepository implements VoteRepository {
    static final String COLLECTION = "votes";
    private static final int FIXED_PARTS_KEPT = 512;

    private final MongoCollection<Document> votes;
    private final OutboxWriter outbox;
    /** Fixed parts of recently used votes; they never change, so a stale entry cannot exist. */
    private final Map<String, Vote> fixed = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Vote> eldest) {
            return size() > FIXED_PARTS_KEPT;
        }
    });

    MongoVoteRepository(MongoDatabase database, OutboxWriter outbox) {
        this.votes = database.getCollection(COLLECTION);
        this.outbox = outbox;
        votes.createIndex(Indexes.ascending("sessionId", "openedAt", "_id"));
        votes.createIndex(Indexes.ascending("committeeId", "openedAt", "_id"));
    }

    @Override
    public boolean open(Vote vote, List<PendingEvent> events) {
        try {
            outbox.insert(votes, VoteDocuments.toDocument(vote), events);
            return true;
        } catch (DuplicateAggregateException e) {
            return false;
        }
    }

    @Override
    public Optional<Vote> find(String voteId) {
        return Optional.ofNullable(votes.find(Filters.eq("_id", voteId)).first())
                .map(VoteDocuments::toVote);
    }

    @Override
    public Optional<Vote> findForBallot(String voteId, String seatId) {
        return findState(voteId, seatId);
    }

    @Override
    public Optional<Vote> findState(String voteId) {
        return findState(voteId, null);
    }

    /** The changing state and, unless {@code seatId} is null, that seat's ballot. */
    private Optional<Vote> findState(String voteId, String seatId) {
        Vote known = fixed.get(voteId);
        if (known == null) {
            Document whole = votes.find(Filters.eq("_id", voteId)).first();
            if (whole == null) {
                return Optional.empty();
            }
            known = VoteDocuments.fixedParts(whole);
            fixed.put(voteId, known);
            return Optional.of(VoteDocuments.withState(known, whole));
        }
        Vote parts = known;
        return Optional.ofNullable(votes.find(Filters.eq("_id", voteId))
                        .projection(stateOf(parts, seatId))
                        .first())
                .map(d -> VoteDocuments.withState(parts, d));
    }

    /** The changing state of a vote and the one seat's ballot (none when {@code seatId} is null). */
    private static Bson stateOf(Vote known, String seatId) {
        int index = seatId == null ? -1 : known.seatIndex(seatId);
        List<String> fields = new ArrayList<>(List.of("status", VoteDocuments.COUNTS, "result", OutboxFields.VERSION));
        if (index >= 0) {
            fields.add(VoteDocuments.castField(index));
        }
        return Projections.include(fields);
    }

    @Override
    public Optional<Vote> count(Vote vote, String seatId, SeatBallot ballot, Optional<SeatBallot> replaced) {
        String cast = VoteDocuments.castField(vote.seatIndex(seatId));
        Bson counted = replaced.isEmpty()
                ? Filters.exists(cast, false)
                : Filters.eq(cast + ".revision", replaced.get().revision());
        List<Bson> updates = new ArrayList<>();
        updates.add(Updates.set(cast, VoteDocuments.ballot(ballot)));
        updates.add(Updates.inc(OutboxFields.VERSION, 1L));
        if (replaced.isEmpty()) {
            updates.add(Updates.inc(VoteDocuments.countField(ballot.choice()), 1));
        } else if (replaced.get().choice() != ballot.choice()) {
            updates.add(Updates.inc(VoteDocuments.countField(ballot.choice()), 1));
            updates.add(Updates.inc(VoteDocuments.countField(replaced.get().choice()), -1));
        }
        Document after = votes.findOneAndUpdate(
                Filters.and(Filters.eq("_id", vote.id()), Filters.eq("status", VoteStatus.OPEN.name()), counted),
                Updates.combine(updates),
                new FindOneAndUpdateOptions().projection(stateOf(vote, seatId)).returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(after).map(d -> VoteDocuments.withState(vote, d));
    }

    @Override
    public boolean close(Vote vote, VoteResult result, List<PendingEvent> events) {
        return outbox.updateAtVersion(
                votes,
                vote.id(),
                vote.version(),
                Updates.combine(
                        Updates.set("status", VoteStatus.CLOSED.name()),
                        Updates.set("result", VoteDocuments.result(result))),
                events);
    }

    @Override
    public List<Vote> openVotes() {
        List<Vote> open = new ArrayList<>();
        votes.find(Filters.eq("status", VoteStatus.OPEN.name())).forEach(d -> open.add(VoteDocuments.toVote(d)));
        return open;
    }

    @Override
    public Page list(Filter filter, String value, int page, int size) {
        Bson query = Filters.eq(filter == Filter.SESSION ? "sessionId" : "committeeId", value);
        List<Vote> items = new ArrayList<>();
        votes.find(query)
                .sort(Sorts.ascending("openedAt", "_id"))
                .skip(page * size)
                .limit(size)
                .forEach(d -> items.add(VoteDocuments.toVote(d)));
        return new Page(items, votes.countDocuments(query));
    }
}
