package dev.quorum.guide.conference.persistence;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import dev.quorum.guide.conference.application.GuideSettingsStore;
import org.bson.Document;
import org.springframework.stereotype.Repository;

/**
 * Settings in {@code guide_settings}, apart from the {@code conferences} copy so that a newer
 * conference event, which replaces that copy's fields, never touches them.
 */
@Repository
class MongoGuideSettingsStore implements GuideSettingsStore {
    private final MongoCollection<Document> settings;

    MongoGuideSettingsStore(MongoDatabase database) {
        this.settings = database.getCollection("guide_settings");
    }

    @Override
    public boolean guidesArePublic(String conferenceId) {
        Document d = settings.find(Filters.eq("_id", conferenceId)).first();
        return d != null && Boolean.TRUE.equals(d.getBoolean("publicGuides"));
    }

    @Override
    public void setGuidesPublic(String conferenceId, boolean open) {
        settings.updateOne(
                Filters.eq("_id", conferenceId), Updates.set("publicGuides", open), new UpdateOptions().upsert(true));
    }
}
