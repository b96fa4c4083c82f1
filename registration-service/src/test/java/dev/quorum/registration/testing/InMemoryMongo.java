package dev.quorum.registration.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A plain in-memory Mongo server and a database on it, fresh for every test, for persistence
 * tests that need no Spring context: {@code @RegisterExtension final InMemoryMongo mongo = ...}.
 */
public final class InMemoryMongo implements BeforeEachCallback, AfterEachCallback {
    private final String databaseName;
    private MongoServer server;
    private MongoClient client;

    public InMemoryMongo(String databaseName) {
        this.databaseName = databaseName;
    }

    public MongoDatabase database() {
        return client.getDatabase(databaseName);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        client.close();
        server.shutdownNow();
    }
}
