package dev.quorum.committee.committee.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import dev.quorum.committee.committee.application.CommitteeRepository;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** Committees in the {@code committees} collection, listed per conference in creation order. */
@Repository
class MongoCommitteeRepository implements CommitteeRepository {
    private final MongoCollection<Document> committees;

    MongoCommitteeRepository(MongoDatabase database) {
        this.committees = database.getCollection("committees");
        committees.createIndex(Indexes.ascending("conferenceId", "createdAt", "_id"));
    }

    @Override
    public Page findPage(String conferenceId, int page, int size) {
        var filter = Filters.eq("conferenceId", conferenceId);
        List<Summary> items = new ArrayList<>();
        committees
                .find(filter)
                .sort(Sorts.ascending("createdAt", "_id"))
                .skip(page * size)
                .limit(size)
                .forEach(d ->
                        items.add(new Summary(d.getString("_id"), d.getString("name"), d.getString("abbreviation"))));
        return new Page(items, committees.countDocuments(filter));
    }
}
