package dev.quorum.committee.committee.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.quorum.committee.committee.application.OpenSessions;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Reads the {@code sessions} collection the sessions feature keeps in this service's database:
 * a session is open until its {@code state} is {@code ADJOURNED}.
 */
@Repository
class MongoOpenSessions implements OpenSessions {
    static final String ADJOURNED = "ADJOURNED";

    private final MongoCollection<Document> sessions;

    MongoOpenSessions(MongoDatabase database) {
        this.sessions = database.getCollection("sessions");
    }

    @Override
    public boolean anyOpen(String committeeId) {
        return sessions.find(Filters.and(Filters.eq("committeeId", committeeId), Filters.ne("state", ADJOURNED)))
                        .limit(1)
                        .first()
                != null;
    }
}
