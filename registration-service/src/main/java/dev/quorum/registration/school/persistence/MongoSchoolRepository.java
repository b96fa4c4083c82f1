package dev.quorum.registration.school.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.quorum.platform.outbox.OutboxFields;
import dev.quorum.platform.outbox.OutboxWriter;
import dev.quorum.platform.outbox.PendingEvent;
import dev.quorum.registration.application.VersionedRetry;
import dev.quorum.registration.school.application.SchoolRepository;
import dev.quorum.registration.school.domain.School;
import dev.quorum.registration.school.domain.SchoolStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * Schools in {@code schools}. A unique index on (conference, normalized name) makes a second
 * application by the same school fail atomically, however many arrive at once.
 */
@Repository
public class MongoSchoolRepository implements SchoolRepository {
    /** The collection this repository owns; preferences share the school's document (see MongoPreferenceRepository). */
    public static final String COLLECTION = "schools";

    private static final String DELEGATE_PLACES = "delegatePlacesTaken";

    private final MongoCollection<Document> schools;
    private final OutboxWriter outbox;

    MongoSchoolRepository(MongoDatabase database, OutboxWriter outbox) {
        this.schools = database.getCollection(COLLECTION);
        this.outbox = outbox;
        refreshNameKeys();
        schools.createIndex(Indexes.ascending("conferenceId", "normalizedName"), new IndexOptions().unique(true));
        schools.createIndex(Indexes.ascending("conferenceId", "status", "appliedAt", "_id"));
        // Unique only because the embedded server uses nothing else: the compare-and-set of
        // tryTakeDelegatePlace names exactly these fields, so it finds the school by this index
        // instead of reading every school, once per delegate added (ADR 39).
        schools.createIndex(
                Indexes.ascending("_id", "status", DELEGATE_PLACES),
                new IndexOptions().name("delegate_places").unique(true));
    }

    /**
     * Schools stored before names were compared after NFKC get the current key at start-up, so a
     * new application cannot slip past one of them; a collision between two stored schools stops
     * start-up with the duplicate-key error naming them.
     */
    private void refreshNameKeys() {
        for (Document d : schools.find()) {
            String key = toSchool(d).normalizedName();
            if (!key.equals(d.getString("normalizedName"))) {
                schools.updateOne(Filters.eq("_id", d.get("_id")), Updates.set("normalizedName", key));
            }
        }
    }

    @Override
    public void insert(School school, List<PendingEvent> events) {
        // The place count starts here, never in toDocument: updates must not reset it.
        outbox.insert(schools, toDocument(school).append(DELEGATE_PLACES, 0), events);
    }

    @Override
    public void update(School school, List<PendingEvent> events) {
        outbox.update(schools, school.id(), school.version(), toDocument(school), events);
    }

    @Override
    public Optional<School> findById(String id) {
        return Optional.ofNullable(schools.find(Filters.eq("_id", id)).first()).map(MongoSchoolRepository::toSchool);
    }

    @Override
    public Page findPage(String conferenceId, Optional<SchoolStatus> status, int page, int size) {
        Bson filter = status.map(
                        s -> Filters.and(Filters.eq("conferenceId", conferenceId), Filters.eq("status", s.name())))
                .orElse(Filters.eq("conferenceId", conferenceId));
        List<School> items = new ArrayList<>();
        schools.find(filter)
                .sort(Sorts.ascending("appliedAt", "_id"))
                .skip(page * size)
                .limit(size)
                .forEach(d -> items.add(toSchool(d)));
        return new Page(items, schools.countDocuments(filter));
    }

    @Override
    public boolean hasWaitlist(String conferenceId) {
        return schools.find(Filters.and(
                                Filters.eq("conferenceId", conferenceId),
                                Filters.eq("status", SchoolStatus.WAITLISTED.name())))
                        .limit(1)
                        .first()
                != null;
    }

    @Override
    public List<School> waitlist(String conferenceId) {
        List<School> waiting = new ArrayList<>();
        schools.find(Filters.and(
                        Filters.eq("conferenceId", conferenceId), Filters.eq("status", SchoolStatus.WAITLISTED.name())))
                .sort(Sorts.ascending("appliedAt", "_id"))
                .forEach(d -> waiting.add(toSchool(d)));
        return waiting;
    }

    @Override
    public List<School> ofConference(String conferenceId) {
        List<School> all = new ArrayList<>();
        schools.find(Filters.eq("conferenceId", conferenceId)).forEach(d -> all.add(toSchool(d)));
        return all;
    }

    @Override
    public Set<String> existing(Collection<String> ids) {
        Set<String> found = new HashSet<>();
        schools.find(Filters.in("_id", ids))
                .projection(Projections.include("_id"))
                .forEach(d -> found.add(d.getString("_id")));
        return found;
    }

    @Override
    public Optional<Placed> findPlaced(String id) {
        return Optional.ofNullable(schools.find(Filters.eq("_id", id)).first())
                .map(d -> new Placed(toSchool(d), d.getInteger(DELEGATE_PLACES)));
    }

    @Override
    public boolean tryTakeDelegatePlace(Placed seen, int max) {
        String schoolId = seen.school().id();
        Optional<Boolean> decided =
                takeDelegatePlace(schoolId, seen.school().status().name(), seen.placesTaken(), max);
        if (decided.isPresent()) {
            return decided.get();
        }
        return VersionedRetry.untilWritten(
                () -> reread(schoolId)
                        .map(now -> takeDelegatePlace(
                                schoolId, now.getString("status"), now.getInteger(DELEGATE_PLACES), max))
                        .orElse(Optional.of(false)),
                "Delegates are being added to this school; try again.");
    }

    /** Status and place count only, after a lost compare-and-set; empty if the school is gone. */
    private Optional<Document> reread(String schoolId) {
        return Optional.ofNullable(schools.find(Filters.eq("_id", schoolId))
                .projection(Projections.include("status", DELEGATE_PLACES))
                .first());
    }

    /**
     * One compare-and-set of the place count, kept beside the school's state, outside it
     * (OutboxWriter.update sets only state fields): true or false when decided, empty when another
     * request changed the count or the status first.
     */
    private Optional<Boolean> takeDelegatePlace(String schoolId, String status, Integer taken, int max) {
        if (SchoolStatus.WITHDRAWN.name().equals(status) || (taken != null && taken >= max)) {
            return Optional.of(false);
        }
        // A plain document, not Filters.and, which the driver sends as {$and: [...]}: a filter the
        // embedded server never serves from an index. Schools stored before the count started at
        // insert have none yet, and their first addition is the one write that scans.
        Document unchanged = new Document("_id", schoolId)
                .append("status", status)
                .append(DELEGATE_PLACES, taken == null ? new Document("$exists", false) : taken);
        boolean won =
                schools.updateOne(unchanged, Updates.inc(DELEGATE_PLACES, 1)).getModifiedCount() == 1;
        return won ? Optional.of(true) : Optional.empty();
    }

    @Override
    public void releaseDelegatePlace(String schoolId) {
        schools.updateOne(Filters.eq("_id", schoolId), Updates.inc(DELEGATE_PLACES, -1));
    }

    private static Document toDocument(School s) {
        return new Document("_id", s.id())
                .append("conferenceId", s.conferenceId())
                .append("name", s.name())
                .append("normalizedName", s.normalizedName())
                .append("city", s.city())
                .append("country", s.country())
                .append("requestedDelegates", s.requestedDelegates())
                .append(
                        "contact",
                        new Document("advisorName", s.contact().advisorName())
                                .append("email", s.contact().email())
                                .append("phone", s.contact().phone()))
                .append("advisorAccountId", s.advisorAccountId())
                .append("status", s.status().name())
                .append("appliedAt", Date.from(s.appliedAt()));
    }

    private static School toSchool(Document d) {
        Document contact = d.get("contact", Document.class);
        return new School(
                d.getString("_id"),
                d.getString("conferenceId"),
                d.get(OutboxFields.VERSION, Number.class).longValue(),
                d.getString("name"),
                d.getString("city"),
                d.getString("country"),
                d.getInteger("requestedDelegates"),
                new School.Contact(
                        contact.getString("advisorName"), contact.getString("email"), contact.getString("phone")),
                d.getString("advisorAccountId"),
                SchoolStatus.valueOf(d.getString("status")),
                d.getDate("appliedAt").toInstant());
    }
}
