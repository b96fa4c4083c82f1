package dev.quorum.registration.preference.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import dev.quorum.registration.preference.application.PreferenceRepository;
import dev.quorum.registration.preference.domain.Choice;
import dev.quorum.registration.preference.domain.SchoolPreferences;
import dev.quorum.registration.school.domain.SchoolStatus;
import dev.quorum.registration.school.persistence.MongoSchoolRepository;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Preferences live in the school's own document in {@code schools}, under {@code preferences}
 * ({@code version}, {@code updatedAt}, {@code choices}), so that "not withdrawn" is checked in the
 * same single-document write that stores them. They are not part of the School aggregate and do
 * not change its version: the school's writes {@code $set} only the fields they own, so neither
 * side ever overwrites the other, and an advisor editing preferences never makes a concurrent
 * acceptance or waitlist promotion fail as stale.
 */
@Repository
class MongoPreferenceRepository implements PreferenceRepository {
    /** The fields of the school's document this repository reads and writes. */
    private static final String STATUS = "status";

    private static final String PREFERENCES = "preferences";

    private final MongoCollection<Document> schools;

    MongoPreferenceRepository(MongoDatabase database) {
        this.schools = database.getCollection(MongoSchoolRepository.COLLECTION);
    }

    @Override
    public Optional<SchoolPreferences> replace(String schoolId, List<Choice> choices, Instant at) {
        Document stored = schools.findOneAndUpdate(
                Filters.and(Filters.eq("_id", schoolId), Filters.ne(STATUS, SchoolStatus.WITHDRAWN.name())),
                Updates.combine(
                        Updates.set(PREFERENCES + ".choices", toDocuments(choices)),
                        Updates.set(PREFERENCES + ".updatedAt", Date.from(at)),
                        Updates.inc(PREFERENCES + ".version", 1L)),
                new FindOneAndUpdateOptions()
                        .projection(Projections.include(PREFERENCES))
                        .returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(stored).map(MongoPreferenceRepository::toPreferences);
    }

    @Override
    public Optional<SchoolPreferences> find(String schoolId) {
        return Optional.ofNullable(schools.find(Filters.eq("_id", schoolId))
                        .projection(Projections.include(PREFERENCES))
                        .first())
                .map(MongoPreferenceRepository::toPreferences);
    }

    private static List<Document> toDocuments(List<Choice> choices) {
        return choices.stream()
                .map(c -> {
                    Document choice = new Document("committeeId", c.committeeId());
                    c.seatId().ifPresent(seat -> choice.append("seatId", seat));
                    return choice;
                })
                .toList();
    }

    private static SchoolPreferences toPreferences(Document school) {
        Document preferences = school.get(PREFERENCES, Document.class);
        if (preferences == null) {
            return SchoolPreferences.none(school.getString("_id"));
        }
        List<Choice> choices = preferences.getList("choices", Document.class, List.of()).stream()
                .map(c -> new Choice(c.getString("committeeId"), Optional.ofNullable(c.getString("seatId"))))
                .toList();
        return new SchoolPreferences(
                school.getString("_id"),
                preferences.get("version", Number.class).longValue(),
                choices,
                Optional.ofNullable(preferences.getDate("updatedAt")).map(Date::toInstant));
    }
}
