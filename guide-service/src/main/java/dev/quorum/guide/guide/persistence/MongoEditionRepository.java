package dev.quorum.guide.guide.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import dev.quorum.guide.guide.application.EditionRepository;
import dev.quorum.guide.guide.domain.Edition;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Editions in {@code guide_editions}, one document each with the id {@code <guideId>/<number>}:
 * the only write is {@code insertOne}, so two publishes can never both take a number and a stored
 * edition is never rewritten (there is no update or replace on this collection).
 */
@Repository
class MongoEditionRepository implements EditionRepository {
    private final MongoCollection<Document> editions;
    private final ContentDocuments contents;

    MongoEditionRepository(MongoDatabase database, ContentDocuments contents) {
        this.editions = database.getCollection("guide_editions");
        this.contents = contents;
    }

    @Override
    public boolean insert(Edition e) {
        try {
            editions.insertOne(new Document("_id", id(e.guideId(), e.number()))
                    .append("guideId", e.guideId())
                    .append("number", e.number())
                    .append("conferenceId", e.conferenceId())
                    .append("committeeId", e.committeeId())
                    .append("content", contents.toDocument(e.content()))
                    .append("sourceVersion", e.sourceVersion())
                    .append("publishedAt", Date.from(e.publishedAt())));
            return true;
        } catch (MongoWriteException ex) {
            if (ex.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw ex;
        }
    }

    @Override
    public Optional<Edition> find(String guideId, int number) {
        return Optional.ofNullable(
                        editions.find(Filters.eq("_id", id(guideId, number))).first())
                .map(d -> new Edition(
                        d.getString("guideId"),
                        d.getInteger("number"),
                        d.getString("conferenceId"),
                        d.getString("committeeId"),
                        contents.toContent(d.get("content", Document.class)),
                        d.get("sourceVersion", Number.class).longValue(),
                        d.getDate("publishedAt").toInstant()));
    }

    @Override
    public List<EditionSummary> list(String guideId, int upTo) {
        List<String> ids = new ArrayList<>();
        for (int n = 1; n <= upTo; n++) {
            ids.add(id(guideId, n));
        }
        List<EditionSummary> list = new ArrayList<>();
        editions.find(Filters.in("_id", ids))
                .projection(new Document("content", 0))
                .sort(Sorts.ascending("number"))
                .forEach(d -> list.add(new EditionSummary(
                        d.getInteger("number"),
                        d.get("sourceVersion", Number.class).longValue(),
                        d.getDate("publishedAt").toInstant())));
        return list;
    }

    private static String id(String guideId, int number) {
        return guideId + "/" + number;
    }
}
