package dev.quorum.guide.guide.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.quorum.guide.guide.application.GuideRepository;
import dev.quorum.guide.guide.domain.Guide;
import dev.quorum.platform.outbox.OutboxFields;
import dev.quorum.platform.outbox.OutboxWriter;
import dev.quorum.platform.outbox.PendingEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/** Guides in the {@code guides} collection, each document with its own outbox. */
@Repository
class MongoGuideRepository implements GuideRepository {
    static final String COLLECTION = "guides";

    private final MongoCollection<Document> guides;
    private final OutboxWriter outbox;
    private final ContentDocuments contents;

    MongoGuideRepository(MongoDatabase database, OutboxWriter outbox, ContentDocuments contents) {
        this.guides = database.getCollection(COLLECTION);
        this.outbox = outbox;
        this.contents = contents;
        guides.createIndex(Indexes.ascending("conferenceId", "createdAt", "_id"));
    }

    @Override
    public void insert(Guide guide, List<PendingEvent> events) {
        outbox.insert(guides, toDocument(guide), events);
    }

    @Override
    public boolean update(Guide guide, long expectedVersion, List<PendingEvent> events) {
        Document state = toDocument(guide);
        List<Bson> sets = new ArrayList<>();
        state.forEach((field, value) -> {
            if (!"_id".equals(field)) {
                sets.add(Updates.set(field, value));
            }
        });
        return outbox.updateAtVersion(guides, guide.id(), expectedVersion, Updates.combine(sets), events);
    }

    @Override
    public Optional<Guide> find(String guideId) {
        return Optional.ofNullable(guides.find(Filters.eq("_id", guideId)).first())
                .map(this::toGuide);
    }

    @Override
    public Page findPage(
            String conferenceId,
            Optional<String> committeeId,
            Optional<Collection<String>> draftsOf,
            int page,
            int size) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.eq("conferenceId", conferenceId)));
        committeeId.ifPresent(id -> filters.add(Filters.eq("committeeId", id)));
        draftsOf.ifPresent(committees ->
                filters.add(Filters.or(Filters.gt("editions", 0), Filters.in("committeeId", committees))));
        Bson filter = Filters.and(filters);
        List<Summary> items = new ArrayList<>();
        guides.find(filter)
                .projection(new Document("content", 0).append(OutboxFields.OUTBOX, 0))
                .sort(Sorts.ascending("createdAt", "_id"))
                .skip(page * size)
                .limit(size)
                .forEach(d -> items.add(new Summary(
                        d.getString("_id"),
                        d.getString("committeeId"),
                        d.getString("title"),
                        d.get(OutboxFields.VERSION, Number.class).longValue(),
                        d.getInteger("editions", 0))));
        return new Page(items, guides.countDocuments(filter));
    }

    @Override
    public List<Guide> findPublished() {
        List<Guide> published = new ArrayList<>();
        guides.find(Filters.gt("editions", 0)).forEach(d -> published.add(toGuide(d)));
        return published;
    }

    private Document toDocument(Guide g) {
        return new Document("_id", g.id())
                .append("conferenceId", g.conferenceId())
                .append("committeeId", g.committeeId())
                .append("title", g.title())
                .append("content", contents.toDocument(g.content()))
                .append("editions", g.editions())
                .append("createdAt", Date.from(g.createdAt()))
                .append("updatedAt", Date.from(g.updatedAt()));
    }

    private Guide toGuide(Document d) {
        return new Guide(
                d.getString("_id"),
                d.getString("conferenceId"),
                d.getString("committeeId"),
                contents.toContent(d.get("content", Document.class)),
                d.get(OutboxFields.VERSION, Number.class).longValue(),
                d.getInteger("editions", 0),
                d.getDate("createdAt").toInstant(),
                d.getDate("updatedAt").toInstant());
    }
}
