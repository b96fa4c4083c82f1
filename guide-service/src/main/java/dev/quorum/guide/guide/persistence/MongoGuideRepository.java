package dev.quorum.guide.guide.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import dev.quorum.guide.guide.application.GuideRepository;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/** Study guides in the {@code guides} collection, listed per conference in creation order. */
@Repository
class MongoGuideRepository implements GuideRepository {
    private final MongoCollection<Document> guides;

    MongoGuideRepository(MongoDatabase database) {
        this.guides = database.getCollection("guides");
        guides.createIndex(Indexes.ascending("conferenceId", "createdAt", "_id"));
    }

    @Override
    public Page findPage(String conferenceId, int page, int size) {
        var filter = Filters.eq("conferenceId", conferenceId);
        List<Summary> items = new ArrayList<>();
        guides.find(filter)
                .sort(Sorts.ascending("createdAt", "_id"))
                .skip(page * size)
                .limit(size)
                .forEach(d ->
                        items.add(new Summary(d.getString("_id"), d.getString("committeeId"), d.getString("title"))));
        return new Page(items, guides.countDocuments(filter));
    }
}
