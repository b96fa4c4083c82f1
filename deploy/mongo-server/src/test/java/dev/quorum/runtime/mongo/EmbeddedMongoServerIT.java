package dev.quorum.runtime.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoServerIT {

    @TempDir
    Path dataDir;

    @Test
    void keepsDocumentsAcrossARestartOnTheSameFile() {
        Path file = dataDir.resolve("mongo").resolve("quorum.mv");

        try (EmbeddedMongoServer server = EmbeddedMongoServer.start("127.0.0.1", 0, file);
                MongoClient client = MongoClients.create(server.connectionString())) {
            delegates(client).insertOne(new Document("_id", "FR").append("name", "France"));
        }

        assertThat(file).exists();

        try (EmbeddedMongoServer server = EmbeddedMongoServer.start("127.0.0.1", 0, file);
                MongoClient client = MongoClients.create(server.connectionString())) {
            Document france = delegates(client).find(Filters.eq("_id", "FR")).first();

            assertThat(france).isNotNull();
            assertThat(france.getString("name")).isEqualTo("France");
        }
    }

    @Test
    void answersHelloLikeIsMasterForHealthChecks() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start("127.0.0.1", 0, dataDir.resolve("hello.mv"));
                MongoClient client = MongoClients.create(server.connectionString())) {
            Document hello = client.getDatabase("admin").runCommand(new Document("hello", 1));

            assertThat(hello.get("ok")).isEqualTo(1.0);
            assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
            assertThat(hello.getInteger("maxWireVersion")).isPositive();
        }
    }

    private static MongoCollection<Document> delegates(MongoClient client) {
        return client.getDatabase("registration").getCollection("delegates");
    }
}
