package dev.quorum.voting.vote.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;

class FlatFiltersTest {
    private static BsonDocument render(Bson filter) {
        return filter.toBsonDocument(Document.class, com.mongodb.MongoClientSettings.getDefaultCodecRegistry());
    }

    @Test
    void anAndOfPlainEqualitiesBecomesOneDocument() {
        BsonDocument flat =
                FlatFilters.flatten(render(Filters.and(Filters.eq("_id", "v1:s1"), Filters.eq("version", 3L))));

        assertThat(flat).isEqualTo(BsonDocument.parse("{_id: 'v1:s1', version: {$numberLong: '3'}}"));
        assertThat(flat.keySet()).containsExactly("_id", "version");
    }

    @Test
    void operatorsRepeatedFieldsAndOtherShapesStayAsTheyAre() {
        BsonDocument withOperator = render(Filters.and(Filters.eq("_id", "v1"), Filters.exists("cast.s3", false)));
        BsonDocument repeated = render(Filters.and(Filters.eq("_id", "v1"), Filters.eq("_id", "v2")));
        BsonDocument or = render(Filters.or(Filters.eq("_id", "v1"), Filters.eq("version", 1L)));
        BsonDocument single = render(Filters.eq("_id", "v1"));

        assertThat(FlatFilters.flatten(withOperator)).isEqualTo(withOperator);
        assertThat(FlatFilters.flatten(repeated)).isEqualTo(repeated);
        assertThat(FlatFilters.flatten(or)).isEqualTo(or);
        assertThat(FlatFilters.flatten(single)).isEqualTo(single);
    }
}
