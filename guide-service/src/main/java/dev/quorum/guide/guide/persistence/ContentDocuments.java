package dev.quorum.guide.guide.persistence;

import dev.quorum.guide.guide.domain.GuideContent;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A guide's structured content as a nested BSON document, through its JSON form: the records'
 * components are the field names, so a new component needs no mapping code here.
 */
@Component
class ContentDocuments {
    private static final JsonWriterSettings RELAXED =
            JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final JsonMapper json;

    ContentDocuments(JsonMapper json) {
        this.json = json;
    }

    Document toDocument(GuideContent content) {
        return Document.parse(json.writeValueAsString(content));
    }

    GuideContent toContent(Document document) {
        return json.readValue(document.toJson(RELAXED), GuideContent.class);
    }
}
